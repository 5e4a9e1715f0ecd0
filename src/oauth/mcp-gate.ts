/**
 * The credential check of the MCP endpoint (docs/oauth.md "The MCP endpoint"). With OAuth on:
 *  - `x-tiflux-api-key`, `x-api-key`, or a Bearer that is not one of our tokens (a raw TiFlux key) → used as today;
 *  - `Authorization: Bearer tfxmcp_…` → opened as an access token for this resource; its key is used like a header
 *    key; a token that does not open (tampered, expired, another kind, another resource) → 401 invalid_token;
 *  - no credential at all → 401 with `WWW-Authenticate: Bearer resource_metadata=…` (what starts a connector's
 *    sign-in) and a JSON-RPC error body that also names the header alternative.
 * With OAuth off nothing is refused here (docs/design-choices.md#credentials: no 401 for a missing key).
 */
import { bearerCredential, headerApiKey } from '../http/event-parser.js';
import type { HttpRequest, HttpResponse } from '../http/types.js';
import type { CorsContext } from '../http/response-builder.js';
import { httpJsonRpcError } from '../mcp/http-errors.js';
import { ErrorCodes } from '../mcp/jsonrpc.js';
import type { McpRequestContext } from '../mcp/request-context.js';
import { issuerFor, resourceFor, resourceMetadataUrl } from './public-url.js';
import { openToken, TOKEN_PREFIX } from './sealed-token.js';
import type { GrantClaims } from './token-endpoint.js';
import { oauthEnabled } from './settings.js';

/** Undefined: go on (ctx.apiKey is the key to use, if any). A response: answer it. */
export async function gateMcpCredential(req: HttpRequest, cors: CorsContext, ctx: McpRequestContext): Promise<HttpResponse | undefined> {
  const headerKey = headerApiKey(req.headers);
  const token = bearerCredential(req.headers);
  const ours = token?.startsWith(TOKEN_PREFIX) === true;
  if (!oauthEnabled()) {
    if (ctx.apiKey !== undefined) ctx.trace.auth = 'header';
    return undefined;
  }
  if (headerKey || (token !== undefined && !ours)) {
    ctx.trace.auth = 'header';
    return undefined;
  }
  const issuer = issuerFor(req);
  const metadataUrl = resourceMetadataUrl(issuer);
  if (token === undefined) {
    return unauthorized(
      cors,
      `Bearer resource_metadata="${metadataUrl}"`,
      'Authentication required: sign in with OAuth (this server is its own authorization server), or send your TiFlux API key in the x-tiflux-api-key header.',
      { resource_metadata: metadataUrl, header: 'x-tiflux-api-key' },
    );
  }
  const opened = await openToken<GrantClaims>('access', token, { issuer, audience: resourceFor(issuer) });
  if (!opened.ok) {
    ctx.apiKey = undefined; // the Bearer was a token, not a key: nothing to fingerprint
    const description = opened.reason === 'expired' ? 'The access token has expired' : 'The access token is not valid for this server';
    return unauthorized(
      cors,
      `Bearer error="invalid_token", error_description="${description}", resource_metadata="${metadataUrl}"`,
      `${description}: refresh it or sign in again (or send your TiFlux API key in the x-tiflux-api-key header).`,
      { resource_metadata: metadataUrl, header: 'x-tiflux-api-key' },
    );
  }
  ctx.apiKey = opened.claims.k;
  ctx.trace.auth = 'oauth';
  return undefined;
}

function unauthorized(cors: CorsContext, challenge: string, message: string, data: Record<string, string>): HttpResponse {
  const response = httpJsonRpcError(401, null, ErrorCodes.TransportError, message, cors, data);
  response.headers['WWW-Authenticate'] = challenge;
  response.headers['Access-Control-Expose-Headers'] = 'WWW-Authenticate';
  return response;
}
