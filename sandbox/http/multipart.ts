// A small multipart/form-data parser (RFC 7578 on top of RFC 2046). Binary-safe: it only ever slices Buffers and
// decodes text for headers and for parts without a filename.

export interface MultipartPart {
  name: string;
  /** Present when the part is a file upload (even an empty filename). */
  filename?: string;
  contentType?: string;
  data: Buffer;
}

export class MultipartError extends Error {}

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

/** The `boundary` parameter of a multipart Content-Type header, unquoted. */
export function boundaryFromContentType(contentType: string): string | undefined {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  // RFC 2046 limits boundaries to 70 characters; anything longer is a client bug worth surfacing.
  return boundary && boundary.length <= 70 ? boundary : undefined;
}

export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  // Every delimiter after the first is preceded by CRLF, which belongs to the delimiter, not to the part's data.
  const innerDelimiter = Buffer.concat([CRLF, delimiter]);

  let cursor = body.indexOf(delimiter);
  if (cursor === -1) throw new MultipartError('the body does not contain the boundary announced in Content-Type');
  cursor += delimiter.length;

  const parts: MultipartPart[] = [];
  for (;;) {
    if (body.subarray(cursor, cursor + 2).toString('latin1') === '--') return parts; // close delimiter
    cursor = skipTransportPadding(body, cursor);
    if (!body.subarray(cursor, cursor + 2).equals(CRLF)) {
      throw new MultipartError('a boundary line is not followed by CRLF');
    }
    cursor += 2;

    let headerText = '';
    let dataStart = cursor + 2; // a part with no headers starts directly with the blank line
    if (!body.subarray(cursor, cursor + 2).equals(CRLF)) {
      const headerEnd = body.indexOf(HEADER_END, cursor);
      if (headerEnd === -1) throw new MultipartError('a part has no blank line after its headers');
      headerText = body.subarray(cursor, headerEnd).toString('utf8');
      dataStart = headerEnd + HEADER_END.length;
    }

    const next = body.indexOf(innerDelimiter, dataStart);
    if (next === -1) throw new MultipartError('the body ends before the closing boundary');
    parts.push(buildPart(parseHeaders(headerText), body.subarray(dataStart, next)));
    cursor = next + innerDelimiter.length;
  }
}

/** RFC 2046 allows spaces/tabs between a boundary and its CRLF. */
function skipTransportPadding(body: Buffer, cursor: number): number {
  while (body[cursor] === 0x20 || body[cursor] === 0x09) cursor += 1;
  return cursor;
}

function parseHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of text.split('\r\n')) {
    if (line === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new MultipartError(`malformed part header: ${line.slice(0, 60)}`);
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function buildPart(headers: Map<string, string>, data: Buffer): MultipartPart {
  const disposition = headers.get('content-disposition');
  if (!disposition || !/^form-data\b/i.test(disposition)) {
    throw new MultipartError('a part has no "Content-Disposition: form-data" header');
  }
  const params = parseDispositionParams(disposition);
  const name = params.get('name');
  if (name === undefined) throw new MultipartError('a part has no name');
  const filename = params.get('filename*') ?? params.get('filename');
  const contentType = headers.get('content-type');
  return {
    name,
    data,
    ...(filename !== undefined ? { filename } : {}),
    ...(contentType !== undefined ? { contentType } : {}),
  };
}

/** `form-data; name="files[]"; filename="a \"b\".pdf"` → {name, filename}; also RFC 5987 `filename*=UTF-8''…`. */
function parseDispositionParams(disposition: string): Map<string, string> {
  const params = new Map<string, string>();
  const paramPattern = /;\s*([^=;\s]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
  for (const match of disposition.matchAll(paramPattern)) {
    const key = match[1]!.toLowerCase();
    if (match[2] !== undefined) {
      params.set(key, match[2].replace(/\\(.)/g, '$1'));
    } else {
      const raw = (match[3] ?? '').trim();
      params.set(key, key.endsWith('*') ? decodeExtendedValue(raw) : raw);
    }
  }
  return params;
}

function decodeExtendedValue(raw: string): string {
  const match = /^([^']*)'[^']*'(.*)$/.exec(raw);
  if (!match) return raw;
  try {
    return decodeURIComponent(match[2]!);
  } catch {
    throw new MultipartError('a filename* parameter is not valid percent-encoding');
  }
}
