import type { HttpRequest } from '../http/types.js';
import { publicBaseUrlSetting } from './settings.js';

/**
 * The issuer and the protected resource (docs/oauth.md "Issuer and URLs"). One deployment answers on its Function
 * URL, its API Gateway URL and perhaps a custom domain: PUBLIC_BASE_URL pins one; otherwise the request's Host says
 * which one this request came through.
 */
const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;
const HOST_SHAPE = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

/** e.g. https://abc.lambda-url.sa-east-1.on.aws (no trailing slash). */
export function issuerFor(req: HttpRequest): string {
  const configured = publicBaseUrlSetting();
  if (configured) return configured;
  const rawHost = req.headers.host?.trim() ?? '';
  // The Host ends up in HTML and JSON: anything that is not a plain host[:port] is not used.
  const host = HOST_SHAPE.test(rawHost) ? rawHost.toLowerCase() : 'localhost';
  const forwarded = req.headers['x-forwarded-proto']?.split(',')[0]?.trim().toLowerCase();
  const scheme = forwarded === 'http' || forwarded === 'https' ? forwarded : LOOPBACK_HOST.test(host) ? 'http' : 'https';
  return `${scheme}://${host}`;
}

/** The MCP endpoint as a resource indicator (RFC 8707): the issuer + /mcp. */
export function resourceFor(issuer: string): string {
  return `${issuer}/mcp`;
}

/** Where a client finds the protected resource metadata (RFC 9728), named in the 401's WWW-Authenticate. */
export function resourceMetadataUrl(issuer: string): string {
  return `${issuer}/.well-known/oauth-protected-resource/mcp`;
}

/**
 * A `resource` a client sent, in the form tokens are bound to: no query (the toolset selection), no fragment, no
 * trailing slash, and the bare origin (the endpoint also answers on `/`) read as the MCP endpoint. Undefined for
 * anything that is not an absolute http(s) URL.
 */
export function normaliseResource(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.protocol}//${url.host}${path === '' ? '/mcp' : path}`;
}
