/**
 * What the server knows about an OAuth client, from its client_id alone: a client_id we issued (POST /register) is
 * a sealed token holding the registration; a client_id that is a URL is a Client ID Metadata Document.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { fetchMetadataDocument, looksLikeMetadataUrl } from './client-metadata-document.js';
import { isRedirectAllowed } from './redirect-allowlist.js';
import { openToken, TOKEN_PREFIX } from './sealed-token.js';
import { oauthSecrets } from './settings.js';

export type ClientAuthMethod = 'none' | 'client_secret_post' | 'client_secret_basic';
export const CLIENT_AUTH_METHODS: readonly ClientAuthMethod[] = ['none', 'client_secret_post', 'client_secret_basic'];

export interface OAuthClient {
  clientId: string;
  name: string;
  redirectUris: string[];
  authMethod: ClientAuthMethod;
}

/** The claims of a sealed client_id (short names: the client_id travels in every authorize URL). */
export interface ClientClaims {
  n: string;
  r: string[];
  m: ClientAuthMethod;
}

export type ClientLookup = { ok: true; client: OAuthClient } | { ok: false; reason: string };

export async function resolveClient(clientId: string, issuer: string): Promise<ClientLookup> {
  if (clientId.startsWith(TOKEN_PREFIX)) {
    const opened = await openToken<ClientClaims>('client', clientId, { issuer });
    if (!opened.ok) return { ok: false, reason: 'this client_id was not issued by this server (or its secret was rotated): register again' };
    const { n, r, m } = opened.claims;
    return { ok: true, client: { clientId, name: n, redirectUris: r, authMethod: m } };
  }
  if (looksLikeMetadataUrl(clientId)) {
    const fetched = await fetchMetadataDocument(clientId);
    if (!fetched.ok) return fetched;
    const doc = fetched.document;
    const redirects = Array.isArray(doc.redirect_uris) ? doc.redirect_uris.filter((u): u is string => typeof u === 'string') : [];
    if (redirects.length === 0) return { ok: false, reason: 'the client metadata document lists no redirect_uris' };
    const method = doc.token_endpoint_auth_method ?? 'none';
    if (method !== 'none') return { ok: false, reason: 'a client metadata document client must use token_endpoint_auth_method "none"' };
    const name = typeof doc.client_name === 'string' && doc.client_name.trim() ? doc.client_name.trim().slice(0, 100) : new URL(clientId).host;
    return { ok: true, client: { clientId, name, redirectUris: redirects.filter(isRedirectAllowed), authMethod: 'none' } };
  }
  return { ok: false, reason: 'unknown client_id: register with POST /register or use a client metadata document URL' };
}

/**
 * Confidential clients (client_secret_post/basic) get a secret derived from their client_id, so nothing is stored:
 * HMAC-SHA256 under the token secret. It is checked against the current and the previous secret.
 */
export function clientSecretFor(clientId: string, secret = oauthSecrets()?.current): string {
  if (!secret) throw new Error('OAuth is off');
  return createHmac('sha256', `tiflux-mcp client secret v1\0${secret}`).update(clientId).digest('base64url');
}

export function isClientSecretValid(clientId: string, presented: string): boolean {
  const secrets = oauthSecrets();
  if (!secrets) return false;
  return [secrets.current, secrets.previous].some((secret) => {
    if (secret === undefined) return false;
    const expected = Buffer.from(clientSecretFor(clientId, secret));
    const given = Buffer.from(presented);
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}
