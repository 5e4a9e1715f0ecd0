// The tickets family: tickets and their statuses, answers, internal communications and files. Generated last of
// the original families, from every record before it; the fixtures are hand-made tickets with known content.

import type { SandboxFamily } from '../family.js';
import { seedTicketFixtures } from './fixtures.js';
import { generateTickets } from './generate.js';
import './records.js';
import { ticketRoutes } from './routes.js';

export const ticketsFamily: SandboxFamily = { name: 'tickets', generate: generateTickets, seed: seedTicketFixtures, routes: ticketRoutes };
export { SANDBOX_FIXTURES } from './fixtures.js';
