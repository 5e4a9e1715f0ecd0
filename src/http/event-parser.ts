import type { HttpRequest } from './types.js';

/**
 * EventParser: turns the three Lambda HTTP event shapes into one HttpRequest.
 *  - Function URL and API Gateway HTTP API, payload 2.0 (`version: "2.0"`, `requestContext.http.method`, `rawPath`);
 *  - API Gateway REST API, payload 1.0 (`httpMethod`, `path`, `multiValueHeaders`), which `sam local start-api`
 *    emits for an `Api` event.
 * It never throws: a shape it does not recognise becomes a GET of "/" with no headers, which routes to a clean answer.
 */

type HeaderMap = Record<string, string | undefined> | null | undefined;
type MultiHeaderMap = Record<string, string[] | undefined> | null | undefined;

interface AnyHttpEvent {
  version?: string;
  rawPath?: string;
  path?: string;
  httpMethod?: string;
  headers?: HeaderMap;
  multiValueHeaders?: MultiHeaderMap;
  cookies?: string[];
  body?: string | null;
  isBase64Encoded?: boolean;
  requestContext?: { http?: { method?: string; path?: string }; requestId?: string };
}

export function parseEvent(event: unknown, fallbackRequestId = ''): HttpRequest {
  const e = (event !== null && typeof event === 'object' ? event : {}) as AnyHttpEvent;
  const method = (e.requestContext?.http?.method ?? e.httpMethod ?? 'GET').toUpperCase();
  const path = stripQuery(e.rawPath ?? e.requestContext?.http?.path ?? e.path ?? '/');
  const headers = normaliseHeaders(e.headers, e.multiValueHeaders);
  if (e.cookies && e.cookies.length > 0 && headers.cookie === undefined) headers.cookie = e.cookies.join('; ');
  const raw = typeof e.body === 'string' ? Buffer.from(e.body, e.isBase64Encoded ? 'base64' : 'utf8') : Buffer.alloc(0);
  return {
    method,
    path,
    headers,
    body: raw.toString('utf8'),
    bodyBytes: raw.length,
    apiKey: extractApiKey(headers),
    requestId: e.requestContext?.requestId ?? fallbackRequestId,
  };
}

function stripQuery(path: string): string {
  const q = path.indexOf('?');
  return q === -1 ? path : path.slice(0, q);
}

function normaliseHeaders(single: HeaderMap, multi: MultiHeaderMap): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  // Payload 1.0 carries both maps; the multi-value one is complete, so it wins.
  for (const [name, values] of Object.entries(multi ?? {})) {
    if (Array.isArray(values) && values.length > 0) out[name.toLowerCase()] = values.join(', ');
  }
  for (const [name, value] of Object.entries(single ?? {})) {
    const key = name.toLowerCase();
    if (typeof value !== 'string') continue;
    if (out[key] === undefined) out[key] = value;
    else if (!(multi && name in multi)) out[key] = `${out[key]}, ${value}`; // same header sent with two casings
  }
  return out;
}

/** x-tiflux-api-key first, then x-api-key, then `Authorization: Bearer <key>` (some clients can only send those). */
export function extractApiKey(headers: Readonly<Record<string, string>>): string | undefined {
  const direct = headers['x-tiflux-api-key']?.trim() || headers['x-api-key']?.trim();
  if (direct) return direct;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  return match?.[1];
}
