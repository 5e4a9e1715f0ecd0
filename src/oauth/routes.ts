/**
 * The OAuth routes beside /mcp and /health (docs/oauth.md "Endpoints"). With OAuth off none of them exists: the
 * router's 404 answers, as before (a 200 on a well-known path would send mcp-remote into OAuth discovery). They sit
 * before the Origin policy that guards /mcp: browser-based clients call them from their own origins, and the
 * authorize page's form posts from ours.
 */
import type { HttpRequest, HttpResponse } from '../http/types.js';
import { handleAuthorizeGet, handleAuthorizePost } from './authorize.js';
import { authorizationServerMetadata, protectedResourceMetadata } from './metadata.js';
import { issuerFor } from './public-url.js';
import { handleRegister } from './register.js';
import { metadataJson, methodNotAllowed, preflight } from './responses.js';
import { oauthEnabled } from './settings.js';
import { handleToken } from './token-endpoint.js';

const PROTECTED_RESOURCE = /^\/\.well-known\/oauth-protected-resource(\/mcp)?\/?$/;
const AUTHORIZATION_SERVER = /^\/\.well-known\/oauth-authorization-server(\/mcp)?\/?$/;

type Route = 'resource-metadata' | 'server-metadata' | 'register' | 'authorize' | 'token';

function routeOf(path: string): Route | undefined {
  if (PROTECTED_RESOURCE.test(path)) return 'resource-metadata';
  if (AUTHORIZATION_SERVER.test(path)) return 'server-metadata';
  const trimmed = path.replace(/\/$/, '');
  if (trimmed === '/register') return 'register';
  if (trimmed === '/authorize') return 'authorize';
  if (trimmed === '/token') return 'token';
  return undefined;
}

/** The answer of an OAuth route, or undefined when the path is not one (or OAuth is off). */
export async function routeOAuth(req: HttpRequest, remainingTimeMs: () => number): Promise<HttpResponse | undefined> {
  const route = routeOf(req.path);
  if (route === undefined || !oauthEnabled()) return undefined;
  if (req.method === 'OPTIONS') return preflight();
  const issuer = issuerFor(req);
  const read = req.method === 'GET' || req.method === 'HEAD';
  switch (route) {
    case 'resource-metadata':
      return read ? metadataJson(protectedResourceMetadata(issuer)) : methodNotAllowed('GET');
    case 'server-metadata':
      return read ? metadataJson(authorizationServerMetadata(issuer)) : methodNotAllowed('GET');
    case 'register':
      return req.method === 'POST' ? handleRegister(req, issuer) : methodNotAllowed('POST');
    case 'token':
      return req.method === 'POST' ? handleToken(req, issuer, remainingTimeMs) : methodNotAllowed('POST');
    case 'authorize':
      if (read) return handleAuthorizeGet(req, issuer);
      return req.method === 'POST' ? handleAuthorizePost(req, issuer, remainingTimeMs) : methodNotAllowed('GET, POST');
  }
}
