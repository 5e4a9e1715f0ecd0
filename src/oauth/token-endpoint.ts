/**
 * POST /token (RFC 6749 §3.2): form-encoded (what OAuth clients send) or JSON. authorization_code with PKCE S256,
 * and refresh_token with rotation. Errors are RFC 6749's: invalid_request, invalid_client (a client_id we cannot
 * open, e.g. after a secret rotation: Claude then registers again), invalid_grant, invalid_target (RFC 8707),
 * unsupported_grant_type.
 */
import type { HttpRequest, HttpResponse } from '../http/types.js';
import type { CodeClaims } from './authorize.js';
import { isClientSecretValid, resolveClient } from './clients.js';
import type { OAuthClient } from './clients.js';
import { verifierMatches } from './pkce.js';
import { normaliseResource, resourceFor } from './public-url.js';
import { oauthError, oauthJson, readParams } from './responses.js';
import { digest, openToken, sealToken } from './sealed-token.js';
import { lifetimes } from './settings.js';
import { redeemOnce } from './used-codes.js';
import { checkTiFluxKey } from './verify-key.js';

/** What an access or refresh token holds. */
export interface GrantClaims {
  k: string;
  ch: string;
  sc?: string;
}

export async function handleToken(req: HttpRequest, issuer: string, remainingTimeMs: () => number): Promise<HttpResponse> {
  const params = readParams(req.headers['content-type'], req.body);
  if (!params) {
    return oauthError(400, 'invalid_request', 'Send the token request as application/x-www-form-urlencoded (or JSON)');
  }
  const authenticated = await authenticateClient(req, params, issuer);
  if ('error' in authenticated) return authenticated.error;
  const client = authenticated.client;
  const ours = resourceFor(issuer);
  if (params.resource !== undefined && normaliseResource(params.resource) !== ours) {
    return oauthError(400, 'invalid_target', `This server issues tokens only for ${ours}`);
  }

  switch (params.grant_type) {
    case 'authorization_code':
      return redeemCode(params, client, issuer, ours);
    case 'refresh_token':
      return refresh(params, client, issuer, ours, remainingTimeMs);
    case undefined:
      return oauthError(400, 'invalid_request', 'grant_type is required');
    default:
      return oauthError(400, 'unsupported_grant_type', 'Supported grant types: authorization_code, refresh_token');
  }
}

async function redeemCode(params: Record<string, string>, client: OAuthClient, issuer: string, resource: string): Promise<HttpResponse> {
  if (!params.code) return oauthError(400, 'invalid_request', 'code is required');
  if (!params.code_verifier) return oauthError(400, 'invalid_request', 'code_verifier is required (PKCE)');
  const opened = await openToken<CodeClaims>('code', params.code, { issuer, audience: resource });
  if (!opened.ok) {
    return oauthError(400, 'invalid_grant', opened.reason === 'expired' ? 'The authorization code has expired' : 'The authorization code is not valid');
  }
  const code = opened.claims;
  if (code.ch !== digest(client.clientId)) return oauthError(400, 'invalid_grant', 'The authorization code was issued to another client');
  if (params.redirect_uri !== code.ru) return oauthError(400, 'invalid_grant', 'redirect_uri does not match the authorization request');
  if (!verifierMatches(params.code_verifier, code.cc)) return oauthError(400, 'invalid_grant', 'code_verifier does not match the code_challenge');
  // Checked last, so a wrong verifier does not burn the code of the real client.
  if (!redeemOnce(code.jti ?? params.code, (code.exp ?? 0) * 1000)) return oauthError(400, 'invalid_grant', 'The authorization code was already used');
  return issueTokens({ k: code.k, ch: code.ch, sc: code.sc }, issuer, resource);
}

async function refresh(
  params: Record<string, string>,
  client: OAuthClient,
  issuer: string,
  resource: string,
  remainingTimeMs: () => number,
): Promise<HttpResponse> {
  if (!params.refresh_token) return oauthError(400, 'invalid_request', 'refresh_token is required');
  const opened = await openToken<GrantClaims>('refresh', params.refresh_token, { issuer, audience: resource });
  if (!opened.ok) {
    return oauthError(400, 'invalid_grant', opened.reason === 'expired' ? 'The refresh token has expired: sign in again' : 'The refresh token is not valid');
  }
  const grant = opened.claims;
  if (grant.ch !== digest(client.clientId)) return oauthError(400, 'invalid_grant', 'The refresh token was issued to another client');
  // Once an hour per user, one TiFlux call: a key revoked in TiFlux ends the grant here, so the client signs in again
  // instead of holding tokens whose every tool call fails. TiFlux being unreachable does not end it.
  const check = await checkTiFluxKey(grant.k, remainingTimeMs);
  if (!check.ok && check.reason === 'refused') {
    return oauthError(400, 'invalid_grant', 'TiFlux no longer accepts the API key behind this grant: sign in again');
  }
  return issueTokens({ k: grant.k, ch: grant.ch, sc: grant.sc }, issuer, resource);
}

async function issueTokens(grant: GrantClaims, issuer: string, resource: string): Promise<HttpResponse> {
  const ttl = lifetimes();
  const claims = { ...grant };
  const [accessToken, refreshToken] = await Promise.all([
    sealToken('access', claims, { issuer, audience: resource, ttlSeconds: ttl.access }),
    sealToken('refresh', claims, { issuer, audience: resource, ttlSeconds: ttl.refresh }),
  ]);
  return oauthJson(200, {
    access_token: accessToken,
    token_type: 'Bearer',
    expires_in: ttl.access,
    refresh_token: refreshToken,
    ...(grant.sc ? { scope: grant.sc } : {}),
  });
}

/** Public clients name themselves (client_id); confidential ones also prove it (client_secret_post or _basic). */
async function authenticateClient(
  req: HttpRequest,
  params: Record<string, string>,
  issuer: string,
): Promise<{ client: OAuthClient } | { error: HttpResponse }> {
  let clientId = params.client_id;
  let secret = params.client_secret;
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(req.headers.authorization ?? '');
  if (basic) {
    const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon !== -1) {
      clientId = safeDecode(decoded.slice(0, colon));
      secret = safeDecode(decoded.slice(colon + 1));
    }
  }
  const challenge = basic ? { 'WWW-Authenticate': 'Basic realm="tiflux-mcp"' } : undefined;
  if (!clientId) return { error: oauthError(401, 'invalid_client', 'client_id is required', challenge) };
  const found = await resolveClient(clientId, issuer);
  if (!found.ok) return { error: oauthError(401, 'invalid_client', found.reason, challenge) };
  const client = found.client;
  if (client.authMethod !== 'none' && (secret === undefined || !isClientSecretValid(client.clientId, secret))) {
    return { error: oauthError(401, 'invalid_client', 'Client authentication failed', challenge) };
  }
  return { client };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}
