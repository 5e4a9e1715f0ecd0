/** Protocol revisions this server speaks. */

/** Revisions negotiated through initialize (what SDK v1 serves), newest first. */
export const LEGACY_PROTOCOL_VERSIONS = ['2025-11-25', '2025-06-18', '2025-03-26', '2024-11-05', '2024-10-07'] as const;

/** What an absent MCP-Protocol-Version header means on a 2025-era request (spec: SHOULD assume 2025-03-26). */
export const DEFAULT_LEGACY_VERSION = '2025-03-26';

/** Revisions served through server/discover and the per-request _meta envelope. */
export const MODERN_PROTOCOL_VERSIONS = ['2026-07-28'] as const;

export function isLegacyVersion(version: string): boolean {
  return (LEGACY_PROTOCOL_VERSIONS as readonly string[]).includes(version);
}

/** A 2026-era revision this server serves (isModernVersionString below also accepts ones it does not). */
export function isServedModernVersion(version: string): boolean {
  return (MODERN_PROTOCOL_VERSIONS as readonly string[]).includes(version);
}

/** JSON-RPC batches exist only up to 2025-03-26 (removed in 2025-06-18). */
export function allowsBatches(version: string): boolean {
  return version <= '2025-03-26';
}

/** SDK v2's rule: any version string at or after 2026-07-28 belongs to the modern era (even "v999.0.0"). */
export function isModernVersionString(version: string): boolean {
  return version >= '2026-07-28';
}
