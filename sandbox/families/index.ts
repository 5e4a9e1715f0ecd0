// Every sandbox family: one line each, and every API route the sandbox serves (the families' routes).
//
// The order is the order of generation: each family's records are generated from those of the families above it,
// all drawing from one random stream per organisation, so moving a line changes the seeded data. The hand-made
// records (each family's seed) follow in the same order. Routes do not depend on it: a fixed segment beats a
// parameter ("/users/me" over "/users/:id"), and no two routes match the same path equally well.

import type { Route } from '../http/router.js';
import { billingsFamily } from './billings/index.js';
import { appointmentsFamily } from './appointments/index.js';
import { clientDetailsFamily } from './client-details/index.js';
import { departmentsFamily } from './departments/index.js';
import { desksFamily } from './desks/index.js';
import { entitiesFamily } from './entities/index.js';
import { chatsFamily } from './chats/index.js';
import { clientsFamily } from './clients/index.js';
import { contractsFamily } from './contracts/index.js';
import { equipmentFamily } from './equipment/index.js';
import type { SandboxFamily } from './family.js';
import { knowledgeFamily } from './knowledge/index.js';
import { licencesFamily } from './licences/index.js';
import { preTicketsFamily } from './pre-tickets/index.js';
import { servicesCatalogsFamily } from './services-catalogs/index.js';
import { ticketRecordsFamily } from './ticket-records/index.js';
import { ticketsFamily } from './tickets/index.js';
import { usersFamily } from './users/index.js';

export const SANDBOX_FAMILIES: readonly SandboxFamily[] = [
  desksFamily,
  servicesCatalogsFamily,
  usersFamily,
  clientsFamily,
  entitiesFamily,
  ticketsFamily,
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

export const API_ROUTES: readonly Route[] = SANDBOX_FAMILIES.flatMap((family) => family.routes);
