/**
 * Reading the 2026-07-28 standard header values (docs/protocol.md#2026-headers). Pure functions.
 */

/** RFC 9110 §5.5: optional whitespace (SP / HTAB) around a field value is not part of the value. */
export function stripOws(value: string): string {
  return value.replace(/^[ \t]+|[ \t]+$/g, '');
}

/** A header value with OWS stripped, or undefined when the header is absent. Names arrive lower-cased. */
export function headerValue(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  const raw = headers[name];
  return raw === undefined ? undefined : stripOws(raw);
}

const SENTINEL_PREFIX = '=?base64?';
const SENTINEL_SUFFIX = '?=';
/** Standard alphabet, padding required: SEP-2243's test table rejects `SGVsbG8` (unpadded "Hello"). */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export type DecodedName = { ok: true; value: string } | { ok: false; problem: string };

/**
 * `Mcp-Name` may carry a name that is not a valid header value (non-ASCII, leading spaces…) as
 * `=?base64?<base64 of the UTF-8 bytes>?=`. The prefix and suffix are case-sensitive, so `=?BASE64?…?=` is a
 * literal name. A sentinel whose payload is not base64, or not UTF-8 once decoded, is a bad header (-32020).
 */
export function decodeMcpName(value: string): DecodedName {
  if (!value.startsWith(SENTINEL_PREFIX) || !value.endsWith(SENTINEL_SUFFIX) || value.length < SENTINEL_PREFIX.length + SENTINEL_SUFFIX.length) {
    return { ok: true, value };
  }
  const payload = value.slice(SENTINEL_PREFIX.length, value.length - SENTINEL_SUFFIX.length);
  if (!BASE64.test(payload)) return { ok: false, problem: 'its =?base64?…?= value is not valid base64' };
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(payload, 'base64')) };
  } catch {
    return { ok: false, problem: 'its =?base64?…?= value does not decode to UTF-8 text' };
  }
}
