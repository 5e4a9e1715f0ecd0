import type { HttpResponse } from './types.js';

/**
 * ResponseBuilder: every HTTP answer this server gives goes through here, so every one carries CORS headers
 * (errors included) and JSON bodies always get `Content-Type: application/json`.
 */
export const CORS_ALLOWED_HEADERS = [
  'content-type',
  'accept',
  'authorization',
  'x-tiflux-api-key',
  'x-api-key',
  'x-tiflux-toolsets',
  'x-tiflux-read-only',
  'x-tiflux-verbosity',
  'mcp-protocol-version',
  'mcp-session-id',
  'mcp-method',
  'mcp-name',
  'last-event-id',
].join(', ');

export const CORS_ALLOWED_METHODS = 'GET, HEAD, POST, OPTIONS';

/** Per-request CORS context: the request's Origin and whether policy allows it. */
export interface CorsContext {
  origin: string | undefined;
  allowed: boolean;
}

export function corsHeaders(cors: CorsContext): Record<string, string> {
  const headers: Record<string, string> = {
    'Access-Control-Allow-Methods': CORS_ALLOWED_METHODS,
    'Access-Control-Allow-Headers': CORS_ALLOWED_HEADERS,
    'Access-Control-Max-Age': '86400',
  };
  if (cors.origin === undefined) {
    headers['Access-Control-Allow-Origin'] = '*';
  } else {
    // Echo only an allowed origin; a foreign one gets no Allow-Origin, so browsers block the response too.
    if (cors.allowed) headers['Access-Control-Allow-Origin'] = cors.origin;
    headers.Vary = 'Origin';
  }
  return headers;
}

export function jsonResponse(
  statusCode: number,
  payload: unknown,
  cors: CorsContext,
  extraHeaders: Record<string, string> = {},
): HttpResponse {
  return {
    statusCode,
    headers: { ...corsHeaders(cors), 'Content-Type': 'application/json', ...extraHeaders },
    body: JSON.stringify(payload),
  };
}

/** Pre-serialised JSON (the hot path serialises once, in the JSON-RPC layer). */
export function rawJsonResponse(statusCode: number, body: string, cors: CorsContext): HttpResponse {
  return { statusCode, headers: { ...corsHeaders(cors), 'Content-Type': 'application/json' }, body };
}

/** 202 Accepted, 204 No Content and friends: no body and no JSON content type. */
export function emptyResponse(
  statusCode: number,
  cors: CorsContext,
  extraHeaders: Record<string, string> = {},
): HttpResponse {
  return { statusCode, headers: { ...corsHeaders(cors), ...extraHeaders }, body: '' };
}
