/**
 * Deployment settings, read from the environment on each use (cheap, and it lets tests change them per case).
 * Every variable is listed in the README's configuration table.
 */

/** 5 MiB: Lambda itself refuses request payloads above 6 MB. */
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

export function maxBodyBytes(): number {
  const n = Number(process.env.MAX_BODY_BYTES);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_MAX_BODY_BYTES;
}

/** `ALLOWED_ORIGINS`: comma-separated origins, or `*`. Unset or empty → no browser origin (see origin-policy.ts). */
export function allowedOriginsSetting(): string {
  return process.env.ALLOWED_ORIGINS?.trim() ?? '';
}

/**
 * Set by the local emulator (test-lambda-local.ts) for its own process only: with ALLOWED_ORIGINS empty it admits
 * loopback browser origins (the MCP Inspector's page on localhost). Never set in the template; a deployed function
 * with ALLOWED_ORIGINS empty admits no browser origin.
 */
export const LOCAL_EMULATOR_ENV = 'TIFLUX_MCP_LOCAL_EMULATOR';
export function isLocalEmulator(): boolean {
  return process.env[LOCAL_EMULATOR_ENV] === '1';
}

/** `MCP_STRICT_HEADERS=true` refuses a 2025-* header on a 2026-07-28 body instead of serving it (see era.ts). */
export function strictHeaders(): boolean {
  return process.env.MCP_STRICT_HEADERS === 'true';
}
