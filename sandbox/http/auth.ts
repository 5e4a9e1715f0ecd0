// Bearer-key authentication (docs/tiflux-rest-api.md#base-url-and-authentication) and the key fingerprint used in logs and
// the request record.

import { createHash } from 'node:crypto';
import { unauthorized } from './api-response.js';
import type { SandboxSeed, TenantData, TenantId } from '../data/types.js';
import type { UserRecord } from '../families/users/records.js';

export interface Principal {
  tenantId: TenantId;
  tenant: TenantData;
  user: UserRecord;
  isAdmin: boolean;
}

/** First 8 hex characters of the key's SHA-256: enough to tell keys apart in a log, useless to an attacker. */
export function keyFingerprint(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

/** The key from `Authorization: Bearer <key>`; undefined for any other scheme or a missing header. */
export function bearerKey(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1];
}

export function authenticate(seed: SandboxSeed, authorization: string | undefined): Principal {
  const key = bearerKey(authorization);
  if (key === undefined) throw unauthorized('Missing or malformed Authorization header; expected "Bearer <token>"');
  const owner = seed.keys[key];
  const tenant = owner ? seed.tenants[owner.tenant] : undefined;
  const user = tenant?.users.find((candidate) => candidate.id === owner!.user_id);
  if (!owner || !tenant || !user || !user.active) throw unauthorized('Invalid or expired token');
  return { tenantId: owner.tenant, tenant, user, isAdmin: user._type === 'admin' };
}
