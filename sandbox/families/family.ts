// A sandbox family: the records, seed, routes and renderers of one TiFlux resource family, registered once in
// index.ts.
//
// A family adds its records to TenantData (and its id counters to Sequences) by declaration merging, in its own
// records.ts:
//   declare module '../../data/types.js' { interface TenantData { contracts: ContractRecord[] } }
// and fills them for each organisation (main and other). Nothing outside the family's folder changes.

import type { SeededRandom } from '../data/random.js';
import type { TenantData, TenantId } from '../data/types.js';
import type { Route } from '../http/router.js';

export interface SandboxFamily {
  name: string;
  /**
   * Generated records. Runs first, for every family in registration order, and draws from the organisation's one
   * random stream: the order of the families and of their draws fixes every generated value.
   */
  generate?(tenant: TenantData, tenantId: TenantId, random: SeededRandom): void;
  /**
   * Hand-made records with known content, added once every family has generated its records (runs once per
   * process; the seed is then cloned).
   */
  seed?(tenant: TenantData, tenantId: TenantId): void;
  routes: readonly Route[];
}
