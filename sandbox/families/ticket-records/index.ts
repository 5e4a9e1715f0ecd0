// The ticket-record family: histories, stage SLAs, checklists and satisfaction ratings.

import type { SandboxFamily } from '../family.js';
import './records.js';
import { ticketRecordRoutes } from './routes.js';
import { seedTicketRecords } from './seed.js';

export { TICKET_RECORD_FIXTURES } from './seed.js';

export const ticketRecordsFamily: SandboxFamily = {
  name: 'ticket-records',
  seed: seedTicketRecords,
  routes: ticketRecordRoutes,
};
