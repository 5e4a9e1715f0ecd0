import { createHash } from 'node:crypto';

/** First 8 hex chars of the key's SHA-256: enough to tell tenants apart in logs, useless to an attacker. */
export function keyFingerprint(apiKey: string | undefined): string | undefined {
  if (apiKey === undefined) return undefined;
  return createHash('sha256').update(apiKey).digest('hex').slice(0, 8);
}
