// The default seed: both organisations and the API keys. Generated once per process and deep-cloned per sandbox
// instance (and on reset), so starting many sandboxes in a test run stays cheap.

import { SANDBOX_FAMILIES } from '../families/index.js';
import { SeededRandom } from './random.js';
import { TENANTS } from './tenants.js';
import type { SandboxSeed, TenantData, TenantId } from './types.js';

/** Sandbox keys. They only open this fake; they are printed by the demo on purpose. */
export const SANDBOX_KEYS = {
  /** Carla Mendes, admin of the main organisation. */
  admin: 'tfx-sandbox-admin-8f2c41d7e9a05b36',
  /** Rafael Oliveira, attendant (non-admin) of the main organisation: 403 on admin-only routes. */
  nonAdmin: 'tfx-sandbox-attendant-3b7e90c2f1d4a856',
  /** Roberto Beta, admin of a second organisation with different data. */
  otherTenant: 'tfx-sandbox-beta-admin-c5a1e7f3092d6b48',
} as const;

let cachedSeed: SandboxSeed | undefined;

/** One organisation's generated records: every family in registration order, all drawing from one random stream. */
function generateTenant(tenantId: TenantId): TenantData {
  const profile = TENANTS[tenantId];
  const random = new SeededRandom(profile.randomSeed);
  const data = { organisation: { ...profile.organisation }, sequences: {} } as TenantData;
  for (const family of SANDBOX_FAMILIES) family.generate?.(data, tenantId, random);
  return data;
}

function buildDefaultSeed(): SandboxSeed {
  const main = generateTenant('main');
  const other = generateTenant('other');
  for (const family of SANDBOX_FAMILIES) {
    family.seed?.(main, 'main');
    family.seed?.(other, 'other');
  }
  const ownerId = (tenant: typeof main, name: string) => tenant.users.find((user) => user.name === name)!.id;
  return {
    tenants: { main, other },
    keys: {
      [SANDBOX_KEYS.admin]: { tenant: 'main', user_id: ownerId(main, 'Carla Mendes') },
      [SANDBOX_KEYS.nonAdmin]: { tenant: 'main', user_id: ownerId(main, 'Rafael Oliveira') },
      [SANDBOX_KEYS.otherTenant]: { tenant: 'other', user_id: ownerId(other, 'Roberto Beta') },
    },
  };
}

/** A fresh, independent copy of the default seed. */
export function defaultSeed(): SandboxSeed {
  cachedSeed ??= buildDefaultSeed();
  return structuredClone(cachedSeed);
}
