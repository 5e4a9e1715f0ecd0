// A sandbox family: the records, seed and routes of one TiFlux resource family, registered once in index.ts.
//
// A family adds its records to TenantData by declaration merging, in its own records.ts:
//   declare module '../../data/types.js' { interface TenantData { contracts: ContractRecord[] } }
// and fills them in `seed` for each organisation (main and other). Nothing outside the family's folder changes.

import type { TenantData, TenantId } from '../data/types.js';
import type { Route } from '../http/router.js';

export interface SandboxFamily {
  name: string;
  /** Adds this family's records to a freshly built organisation (runs once per process; the seed is then cloned). */
  seed(tenant: TenantData, tenantId: TenantId): void;
  routes: readonly Route[];
}
