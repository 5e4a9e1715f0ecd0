// The pre-tickets family: list and multipart create.

import type { SandboxFamily } from '../family.js';
import './records.js';
import { preTicketRoutes } from './routes.js';
import { seedPreTickets } from './seed.js';

export const preTicketsFamily: SandboxFamily = { name: 'pre-tickets', seed: seedPreTickets, routes: preTicketRoutes };
export { PRE_TICKET_FIXTURES } from './seed.js';
