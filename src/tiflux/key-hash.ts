/**
 * One-way views of an API key. The lookup cache keys on the full SHA-256 digest (a prefix could collide between
 * tenants); logs may carry only the 8-character fingerprint. Neither ever reveals the key itself.
 */
import { createHash } from 'node:crypto';

/** Full SHA-256 of the key, 64 lowercase hex characters. */
export function apiKeyDigest(apiKey: string): string {
  return createHash('sha256').update(apiKey, 'utf8').digest('hex');
}

/** First 8 hex characters of the SHA-256: enough to tell keys apart in logs, useless to an attacker. */
export function keyFingerprint(apiKey: string): string {
  return fingerprintOfDigest(apiKeyDigest(apiKey));
}

/** keyFingerprint from a digest already computed (client.ts hashes the key once for the cache and the logs). */
export function fingerprintOfDigest(digest: string): string {
  return digest.slice(0, 8);
}
