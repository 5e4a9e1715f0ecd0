/**
 * Sealed, type-tagged tokens (docs/oauth.md "What is sealed"): everything the server must remember travels inside
 * what it hands out, encrypted and authenticated with JWE `dir` + `A256GCM` (jose). The JWE `typ` header names the
 * kind, and jose refuses a token of another kind, so a refresh token can never pass as an access token (or a code as
 * either). `exp` and `iss` (and `aud` where given) are checked by jose too. Every token starts with TOKEN_PREFIX, which
 * tells our tokens apart from a raw TiFlux key sent as Bearer.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { JWTPayload } from 'jose';
import { oauthSecrets } from './settings.js';

export const TOKEN_PREFIX = 'tfxmcp_';

/** client: a registered client_id; request: the authorize page's copy of the request; code, access, refresh. */
export type TokenKind = 'client' | 'request' | 'code' | 'access' | 'refresh';

const TYP: Record<TokenKind, string> = {
  client: 'tfxmcp-client+jwt',
  request: 'tfxmcp-request+jwt',
  code: 'tfxmcp-code+jwt',
  access: 'tfxmcp-access+jwt',
  refresh: 'tfxmcp-refresh+jwt',
};

// Loaded on first use (the bundle keeps jose in its own file, see esbuild.config.mjs): requests that never touch an
// OAuth token, and deployments with OAuth off, never parse it.
let josePromise: Promise<typeof import('jose')> | undefined;
const loadJose = () => (josePromise ??= import('jose'));

const keys = new Map<string, Uint8Array>();

/** 256-bit key from the secret string (a fixed label keeps it distinct from any other use of the same secret). */
function keyFor(secret: string): Uint8Array {
  let key = keys.get(secret);
  if (!key) {
    key = new Uint8Array(createHash('sha256').update('tiflux-mcp oauth token key v1\0').update(secret).digest());
    keys.set(secret, key);
  }
  return key;
}

export interface SealOptions {
  issuer: string;
  audience?: string;
  /** Omitted: the token does not expire (registered client ids). */
  ttlSeconds?: number;
}

export async function sealToken(kind: TokenKind, claims: Record<string, unknown>, options: SealOptions): Promise<string> {
  const secrets = oauthSecrets();
  if (!secrets) throw new Error('OAuth is off: OAUTH_TOKEN_SECRET is not set');
  const { EncryptJWT } = await loadJose();
  const jwt = new EncryptJWT(claims as JWTPayload)
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', typ: TYP[kind] })
    .setIssuer(options.issuer)
    .setIssuedAt()
    .setJti(randomUUID());
  if (options.audience !== undefined) jwt.setAudience(options.audience);
  if (options.ttlSeconds !== undefined) jwt.setExpirationTime(`${options.ttlSeconds}s`);
  return TOKEN_PREFIX + (await jwt.encrypt(keyFor(secrets.current)));
}

export type Opened<C> = { ok: true; claims: C & JWTPayload } | { ok: false; reason: 'expired' | 'invalid' };

/** Opens a token of `kind` sealed with the current or the previous secret; any flaw is `invalid`, never a throw. */
export async function openToken<C = Record<string, unknown>>(
  kind: TokenKind,
  token: string,
  options: { issuer: string; audience?: string },
): Promise<Opened<C>> {
  const secrets = oauthSecrets();
  if (!secrets || !token.startsWith(TOKEN_PREFIX)) return { ok: false, reason: 'invalid' };
  const compact = token.slice(TOKEN_PREFIX.length);
  const { jwtDecrypt, errors: joseErrors } = await loadJose();
  let reason: 'expired' | 'invalid' = 'invalid';
  for (const secret of [secrets.current, secrets.previous]) {
    if (secret === undefined) continue;
    try {
      const { payload } = await jwtDecrypt(compact, keyFor(secret), {
        issuer: options.issuer,
        audience: options.audience,
        typ: TYP[kind],
        keyManagementAlgorithms: ['dir'],
        contentEncryptionAlgorithms: ['A256GCM'],
      });
      return { ok: true, claims: payload as C & JWTPayload };
    } catch (error) {
      // Expiry is only known once decryption succeeded, i.e. with the right secret: that answer is final.
      if (error instanceof joseErrors.JWTExpired) return { ok: false, reason: 'expired' };
      if (error instanceof joseErrors.JWTClaimValidationFailed) reason = 'invalid';
    }
  }
  return { ok: false, reason };
}

/** A short, stable digest of a value (client ids inside codes and tokens, without nesting one token in another). */
export function digest(value: string): string {
  return createHash('sha256').update(value).digest('base64url').slice(0, 22);
}
