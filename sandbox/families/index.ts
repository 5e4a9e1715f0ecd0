// Every sandbox family: one line each. The older resources (tickets, desks, clients, users) live in routes/ and data/.

import { billingsFamily } from './billings/index.js';
import { appointmentsFamily } from './appointments/index.js';
import { clientDetailsFamily } from './client-details/index.js';
import { departmentsFamily } from './departments/index.js';
import { chatsFamily } from './chats/index.js';
import { contractsFamily } from './contracts/index.js';
import { equipmentFamily } from './equipment/index.js';
import type { SandboxFamily } from './family.js';
import { knowledgeFamily } from './knowledge/index.js';
import { licencesFamily } from './licences/index.js';
import { preTicketsFamily } from './pre-tickets/index.js';
import { ticketRecordsFamily } from './ticket-records/index.js';

export const SANDBOX_FAMILIES: readonly SandboxFamily[] = [
  licencesFamily,
  departmentsFamily,
  clientDetailsFamily,
  chatsFamily,
  knowledgeFamily,
  preTicketsFamily,
  contractsFamily,
  billingsFamily,
  equipmentFamily,
  ticketRecordsFamily,
  appointmentsFamily,
];
