// The billings family (docs/assets-and-contracts.md): the billing history report.

import type { SandboxFamily } from '../family.js';
import { billingRoutes } from './routes.js';
import { seedBillings } from './seed.js';

export type { BillingRecord } from './records.js';

export const billingsFamily: SandboxFamily = { name: 'billings', seed: seedBillings, routes: billingRoutes };
