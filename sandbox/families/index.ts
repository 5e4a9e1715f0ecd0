// Every sandbox family: one line each. The older resources (tickets, desks, clients, users) live in routes/ and data/.

import type { SandboxFamily } from './family.js';
import { appointmentsFamily } from './appointments/index.js';
import { ticketRecordsFamily } from './ticket-records/index.js';

export const SANDBOX_FAMILIES: readonly SandboxFamily[] = [
  ticketRecordsFamily,
  appointmentsFamily,
];
