// Every sandbox family: one line each. The older resources (tickets, desks, clients, users) live in routes/ and data/.

import { billingsFamily } from './billings/index.js';
import { contractsFamily } from './contracts/index.js';
import { equipmentFamily } from './equipment/index.js';
import type { SandboxFamily } from './family.js';
import { licencesFamily } from './licences/index.js';

export const SANDBOX_FAMILIES: readonly SandboxFamily[] = [
  licencesFamily,
  contractsFamily,
  billingsFamily,
  equipmentFamily,
];
