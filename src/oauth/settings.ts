/**
 * OAuth settings, read from the environment on each use (cheap; tests change them per case). OAuth is on exactly
 * when OAUTH_TOKEN_SECRET is set (docs/oauth.md). Every variable is in the README's configuration table.
 */

export const DEFAULT_CODE_TTL_SECONDS = 60;
export const DEFAULT_ACCESS_TTL_SECONDS = 60 * 60;
export const DEFAULT_REFRESH_TTL_SECONDS = 30 * 24 * 60 * 60;

/** Secrets shorter than this are refused (OAuth stays off) rather than sealing tokens with a guessable key. */
export const MIN_SECRET_LENGTH = 32;

export interface OAuthSecrets {
  /** Seals new tokens and opens them. */
  current: string;
  /** Opens tokens sealed before a rotation (OAUTH_TOKEN_SECRET_PREVIOUS), never seals. */
  previous: string | undefined;
}

export function oauthSecrets(): OAuthSecrets | undefined {
  const current = process.env.OAUTH_TOKEN_SECRET?.trim();
  if (!current || current.length < MIN_SECRET_LENGTH) return undefined;
  const previous = process.env.OAUTH_TOKEN_SECRET_PREVIOUS?.trim();
  return { current, previous: previous && previous.length >= MIN_SECRET_LENGTH ? previous : undefined };
}

export function oauthEnabled(): boolean {
  return oauthSecrets() !== undefined;
}

function seconds(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function lifetimes(): { code: number; access: number; refresh: number } {
  return {
    code: seconds(process.env.OAUTH_CODE_TTL_SECONDS, DEFAULT_CODE_TTL_SECONDS),
    access: seconds(process.env.OAUTH_ACCESS_TTL_SECONDS, DEFAULT_ACCESS_TTL_SECONDS),
    refresh: seconds(process.env.OAUTH_REFRESH_TTL_SECONDS, DEFAULT_REFRESH_TTL_SECONDS),
  };
}

/** `PUBLIC_BASE_URL`: fixes the issuer and the resource. Empty: both come from the request's Host. */
export function publicBaseUrlSetting(): string {
  return process.env.PUBLIC_BASE_URL?.trim().replace(/\/+$/, '') ?? '';
}

/** `OAUTH_REDIRECT_ALLOWLIST`: see redirect-allowlist.ts. Empty: the default list. */
export function redirectAllowlistSetting(): string {
  return process.env.OAUTH_REDIRECT_ALLOWLIST?.trim() ?? '';
}

/**
 * On Lambda (AWS sets AWS_LAMBDA_FUNCTION_NAME) a Client ID Metadata Document must come from a public https host.
 * Anywhere else (npm start, tests) a loopback http URL is also accepted, so the success path can be exercised.
 */
export function runsOnLambda(): boolean {
  return Boolean(process.env.AWS_LAMBDA_FUNCTION_NAME);
}
