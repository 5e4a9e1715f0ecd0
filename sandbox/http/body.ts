// Reading and decoding request bodies. Decoding is separate from acceptance: the server decodes whatever arrives
// (so the request log shows what a client really sent) and each route then says which encodings it accepts.

import type { IncomingMessage } from 'node:http';
import { badRequest, ApiError } from './api-response.js';
import { boundaryFromContentType, MultipartError, parseMultipart } from './multipart.js';

export type BodyEncoding = 'json' | 'form' | 'multipart';

export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string | undefined;
  data: Buffer;
}

export type ParsedBody =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'form'; fields: Record<string, string> }
  | { kind: 'multipart'; fields: Record<string, string>; files: UploadedFile[] }
  /** A body whose Content-Type is missing or not one the API speaks; kept raw so routes can refuse it. */
  | { kind: 'other'; contentType: string | undefined; size: number };

/** Well above the client's 40 MB answer limit, so only a runaway client hits it. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new ApiError(413, 41301, 'Request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function encodingOf(contentType: string | undefined): BodyEncoding | undefined {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  if (mediaType === 'application/json') return 'json';
  if (mediaType === 'application/x-www-form-urlencoded') return 'form';
  if (mediaType === 'multipart/form-data') return 'multipart';
  return undefined;
}

/** Decodes a body by its Content-Type; throws a 400 ApiError when the body does not match its declared encoding. */
export function parseBody(raw: Buffer, contentType: string | undefined): ParsedBody {
  const encoding = encodingOf(contentType);
  if (raw.length === 0 && encoding !== 'multipart') return { kind: 'none' };
  switch (encoding) {
    case 'json':
      try {
        return { kind: 'json', value: JSON.parse(raw.toString('utf8')) };
      } catch {
        throw badRequest('The request body is not valid JSON');
      }
    case 'form':
      return { kind: 'form', fields: Object.fromEntries(new URLSearchParams(raw.toString('utf8'))) };
    case 'multipart':
      return parseMultipartBody(raw, contentType!);
    default:
      return { kind: 'other', contentType, size: raw.length };
  }
}

function parseMultipartBody(raw: Buffer, contentType: string): ParsedBody {
  const boundary = boundaryFromContentType(contentType);
  if (!boundary) throw badRequest('multipart/form-data without a valid boundary parameter');
  try {
    const fields: Record<string, string> = {};
    const files: UploadedFile[] = [];
    for (const part of parseMultipart(raw, boundary)) {
      if (part.filename !== undefined) {
        files.push({ field: part.name, filename: part.filename, contentType: part.contentType, data: part.data });
      } else {
        fields[part.name] = part.data.toString('utf8');
      }
    }
    return { kind: 'multipart', fields, files };
  } catch (error) {
    if (error instanceof MultipartError) throw badRequest(`Malformed multipart body: ${error.message}`);
    throw error;
  }
}
