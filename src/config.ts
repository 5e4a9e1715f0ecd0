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

/** `ALLOWED_ORIGINS`: comma-separated origins, or `*`. Unset or empty → loopback origins on any port. */
export function allowedOriginsSetting(): string {
  return process.env.ALLOWED_ORIGINS?.trim() ?? '';
}

/** `MCP_STRICT_HEADERS=true` refuses a 2025-* header on a 2026-07-28 body instead of serving it (see era.ts). */
export function strictHeaders(): boolean {
  return process.env.MCP_STRICT_HEADERS === 'true';
}
