/**
 * The answers of the OAuth routes, in OAuth's own formats (docs/oauth.md): JSON documents
 * and RFC 6749 errors with `Cache-Control: no-store`, HTML for the authorize page, 303 redirects back to a client.
 * The JSON routes carry open CORS (browser-based clients read metadata, register and redeem codes; nothing here
 * rides on cookies) with WWW-Authenticate exposed; the HTML page carries none and refuses framing.
 */
import type { HttpResponse } from '../http/types.js';

export const OAUTH_CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'content-type, accept, authorization, mcp-protocol-version',
  'Access-Control-Expose-Headers': 'WWW-Authenticate',
  'Access-Control-Max-Age': '86400',
};

const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

export function oauthJson(status: number, payload: unknown, extra: Record<string, string> = {}): HttpResponse {
  return {
    statusCode: status,
    headers: { ...OAUTH_CORS_HEADERS, 'Content-Type': 'application/json', ...NO_STORE, ...extra },
    body: JSON.stringify(payload),
  };
}

/** Public metadata may be cached briefly (it changes only with the deployment). */
export function metadataJson(payload: unknown): HttpResponse {
  return {
    statusCode: 200,
    headers: { ...OAUTH_CORS_HEADERS, 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=300' },
    body: JSON.stringify(payload),
  };
}

export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'invalid_scope'
  | 'invalid_target'
  | 'invalid_redirect_uri'
  | 'invalid_client_metadata'
  | 'server_error'
  | 'temporarily_unavailable';

export function oauthError(status: number, error: OAuthErrorCode, description: string, extra: Record<string, string> = {}): HttpResponse {
  return oauthJson(status, { error, error_description: description }, extra);
}

export function preflight(): HttpResponse {
  return { statusCode: 204, headers: { ...OAUTH_CORS_HEADERS }, body: '' };
}

export function methodNotAllowed(allow: string): HttpResponse {
  return oauthJson(405, { error: 'invalid_request', error_description: `Method not allowed here; use ${allow}` }, { Allow: allow });
}

/**
 * The authorize page: no framing (clickjacking would let a page trick a user into submitting their key), no
 * scripts, styles inline only, and form posts to ourselves. `formTargets` adds where the form's answer redirects
 * to (the client's callback), because browsers apply form-action to that redirect too.
 */
export function htmlPage(status: number, html: string, formTargets: string[] = []): HttpResponse {
  const formAction = ["'self'", ...formTargets].join(' ');
  return {
    statusCode: status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      ...NO_STORE,
      'Content-Security-Policy': `default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action ${formAction}; frame-ancestors 'none'; base-uri 'none'`,
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
    body: html,
  };
}

export function redirectTo(location: string): HttpResponse {
  return { statusCode: 303, headers: { Location: location, ...NO_STORE, 'Referrer-Policy': 'no-referrer' }, body: '' };
}

/** Fields of an `application/x-www-form-urlencoded` or JSON body (string values only); undefined for anything else. */
export function readParams(contentType: string | undefined, body: string): Record<string, string> | undefined {
  const media = contentType?.split(';')[0]?.trim().toLowerCase();
  if (media === 'application/x-www-form-urlencoded') {
    const out: Record<string, string> = Object.create(null);
    for (const [name, value] of new URLSearchParams(body)) if (!(name in out)) out[name] = value;
    return out;
  }
  if (media === 'application/json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return undefined;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    const out: Record<string, string> = Object.create(null);
    for (const [name, value] of Object.entries(parsed)) {
      if (typeof value === 'string') out[name] = value;
      else if (typeof value === 'number' || typeof value === 'boolean') out[name] = String(value);
    }
    return out;
  }
  return undefined;
}
