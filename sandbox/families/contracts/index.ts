// The contracts family (docs/assets-and-contracts.md): contract types and contracts, read-only.

import type { SandboxFamily } from '../family.js';
import { contractRoutes } from './routes.js';
import { seedContracts } from './seed.js';

export type { ContractRecord, ContractTypeRecord } from './records.js';

export const contractsFamily: SandboxFamily = { name: 'contracts', seed: seedContracts, routes: contractRoutes };
