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

import { oauthRouteOf as routeOf } from '../http/paths.js';

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
