import type { HttpRequest } from './types.js';
import { isPlainObject } from '../plain-object.js';

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
  rawQueryString?: string;
  queryStringParameters?: Record<string, string | undefined> | null;
  multiValueQueryStringParameters?: Record<string, string[] | undefined> | null;
  multiValueHeaders?: MultiHeaderMap;
  cookies?: string[];
  body?: string | null;
  isBase64Encoded?: boolean;
  requestContext?: { http?: { method?: string; path?: string }; requestId?: string };
}

/**
 * @param lambdaRequestId Lambda's own request id (context.awsRequestId): the one in Lambda's START/END/REPORT lines.
 *   It wins over the event's requestContext.requestId, which behind API Gateway is API Gateway's id.
 */
export function parseEvent(event: unknown, lambdaRequestId = ''): HttpRequest {
  const e = (event !== null && typeof event === 'object' ? event : {}) as AnyHttpEvent;
  const http = e.requestContext?.http;
  // Each field is type-checked, not just present-checked: a hand-built or corrupted event (a number where AWS puts a
  // string, `cookies` as a string) must still become a clean answer, never a TypeError (hardening, issue 6).
  const method = (str(http?.method) ?? str(e.httpMethod) ?? 'GET').toUpperCase();
  const rawPath = str(e.rawPath) ?? str(http?.path) ?? str(e.path) ?? '/';
  const path = stripQuery(rawPath);
  const headers = normaliseHeaders(e.headers, e.multiValueHeaders);
  const cookies = Array.isArray(e.cookies) ? e.cookies.filter((c): c is string => typeof c === 'string') : [];
  if (cookies.length > 0 && headers.cookie === undefined) headers.cookie = cookies.join('; ');
  const raw = typeof e.body === 'string' ? Buffer.from(e.body, e.isBase64Encoded === true ? 'base64' : 'utf8') : Buffer.alloc(0);
  return {
    method,
    path,
    query: queryOf(e, rawPath),
    headers,
    body: raw.toString('utf8'),
    bodyBytes: raw.length,
    apiKey: extractApiKey(headers),
    requestId: lambdaRequestId || (str(e.requestContext?.requestId) ?? ''),
  };
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Payload 2.0 has rawQueryString; 1.0 only the parsed maps (multi-value complete), rebuilt here. */
function queryOf(e: AnyHttpEvent, rawPath: string): string {
  const raw = str(e.rawQueryString);
  if (raw !== undefined) return raw;
  const q = rawPath.indexOf('?');
  if (q !== -1) return rawPath.slice(q + 1);
  const params = new URLSearchParams();
  const multi = isPlainObject(e.multiValueQueryStringParameters) ? e.multiValueQueryStringParameters : undefined;
  const single = isPlainObject(e.queryStringParameters) ? e.queryStringParameters : {};
  for (const [name, values] of Object.entries(multi ?? single)) {
    for (const value of Array.isArray(values) ? values : [values]) if (typeof value === 'string') params.append(name, value);
  }
  return params.toString();
}

function stripQuery(path: string): string {
  const q = path.indexOf('?');
  return q === -1 ? path : path.slice(0, q);
}

function normaliseHeaders(single: HeaderMap, multi: MultiHeaderMap): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  // Payload 1.0 carries both maps; the multi-value one is complete, so it wins.
  for (const [name, values] of Object.entries(isPlainObject(multi) ? multi : {})) {
    const strings = Array.isArray(values) ? values.filter((v): v is string => typeof v === 'string') : [];
    if (strings.length > 0) out[name.toLowerCase()] = strings.join(', ');
  }
  for (const [name, value] of Object.entries(isPlainObject(single) ? single : {})) {
    const key = name.toLowerCase();
    if (typeof value !== 'string') continue;
    if (out[key] === undefined) out[key] = value;
    else if (!(isPlainObject(multi) && name in multi)) out[key] = `${out[key]}, ${value}`; // same header sent with two casings
  }
  return out;
}

/** x-tiflux-api-key first, then x-api-key, then `Authorization: Bearer <key>` (some clients can only send those). */
export function extractApiKey(headers: Readonly<Record<string, string>>): string | undefined {
  return headerApiKey(headers) ?? bearerCredential(headers);
}

/** The key of x-tiflux-api-key, else of x-api-key; undefined when neither holds one. */
export function headerApiKey(headers: Readonly<Record<string, string>>): string | undefined {
  return headers['x-tiflux-api-key']?.trim() || headers['x-api-key']?.trim() || undefined;
}

/** What `Authorization: Bearer …` carries: a TiFlux key, or one of our OAuth tokens (src/oauth/mcp-gate.ts tells). */
export function bearerCredential(headers: Readonly<Record<string, string>>): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '')?.[1];
}
