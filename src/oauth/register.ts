/**
 * POST /register (RFC 7591 dynamic client registration), stateless: the registration is sealed into the client_id
 * it returns. Redirect URIs outside the allow-list are refused here, so a client learns at once.
 */
import type { HttpRequest, HttpResponse } from '../http/types.js';
import { CLIENT_AUTH_METHODS, clientSecretFor } from './clients.js';
import type { ClientAuthMethod, ClientClaims } from './clients.js';
import { isRedirectAllowed, parseRedirectUri } from './redirect-allowlist.js';
import { oauthError, oauthJson } from './responses.js';
import { sealToken } from './sealed-token.js';

const MAX_REDIRECT_URIS = 10;
const MAX_BODY_BYTES = 16 * 1024;

export async function handleRegister(req: HttpRequest, issuer: string): Promise<HttpResponse> {
  if (req.bodyBytes > MAX_BODY_BYTES) return oauthError(400, 'invalid_client_metadata', `The registration body exceeds ${MAX_BODY_BYTES} bytes`);
  let metadata: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(req.body);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    metadata = parsed as Record<string, unknown>;
  } catch {
    return oauthError(400, 'invalid_client_metadata', 'The registration body must be a JSON object (RFC 7591)');
  }

  const redirectUris = metadata.redirect_uris;
  if (!Array.isArray(redirectUris) || redirectUris.length === 0 || !redirectUris.every((u) => typeof u === 'string')) {
    return oauthError(400, 'invalid_redirect_uri', 'redirect_uris must be a non-empty array of URLs');
  }
  if (redirectUris.length > MAX_REDIRECT_URIS) return oauthError(400, 'invalid_redirect_uri', `At most ${MAX_REDIRECT_URIS} redirect_uris`);
  for (const uri of redirectUris as string[]) {
    if (!parseRedirectUri(uri)) return oauthError(400, 'invalid_redirect_uri', `Not a usable redirect URI: ${uri.slice(0, 200)}`);
    if (!isRedirectAllowed(uri)) {
      return oauthError(400, 'invalid_redirect_uri', `This server does not send sign-ins to ${uri.slice(0, 200)} (not in its redirect allow-list)`);
    }
  }

  const grantTypes = metadata.grant_types ?? ['authorization_code', 'refresh_token'];
  if (!Array.isArray(grantTypes) || !grantTypes.every((g) => g === 'authorization_code' || g === 'refresh_token')) {
    return oauthError(400, 'invalid_client_metadata', 'grant_types may hold only authorization_code and refresh_token');
  }
  const responseTypes = metadata.response_types ?? ['code'];
  if (!Array.isArray(responseTypes) || !responseTypes.every((r) => r === 'code')) {
    return oauthError(400, 'invalid_client_metadata', 'response_types may hold only code');
  }
  // RFC 7591's default is client_secret_basic; MCP clients are public and ask for "none". An absent value is read
  // as "none" so a client that forgets it is not handed a secret it will never send (docs/oauth.md).
  const method = metadata.token_endpoint_auth_method ?? 'none';
  if (typeof method !== 'string' || !CLIENT_AUTH_METHODS.includes(method as ClientAuthMethod)) {
    return oauthError(400, 'invalid_client_metadata', `token_endpoint_auth_method must be one of ${CLIENT_AUTH_METHODS.join(', ')}`);
  }
  const rawName = typeof metadata.client_name === 'string' ? metadata.client_name.trim() : '';
  const name = (rawName || 'MCP client').slice(0, 100);

  const claims: ClientClaims = { n: name, r: redirectUris as string[], m: method as ClientAuthMethod };
  const clientId = await sealToken('client', { ...claims }, { issuer });
  const issuedAt = Math.floor(Date.now() / 1000);
  return oauthJson(201, {
    client_id: clientId,
    client_id_issued_at: issuedAt,
    ...(method === 'none' ? {} : { client_secret: clientSecretFor(clientId), client_secret_expires_at: 0 }),
    client_name: name,
    redirect_uris: redirectUris,
    grant_types: grantTypes,
    response_types: responseTypes,
    token_endpoint_auth_method: method,
  });
}
