// The clients family: clients and their requestors, with custom fields (the entities family's groups applied_in
// "client" and "solicitant") and the client writes.

import type { SandboxFamily } from '../family.js';
import { seedPeopleFixtures } from './fixtures.js';
import { generateClients } from './generate.js';
import './records.js';
import { clientRoutes } from './routes.js';

export const clientsFamily: SandboxFamily = { name: 'clients', generate: generateClients, seed: seedPeopleFixtures, routes: clientRoutes };
export { PEOPLE_FIXTURES } from './fixtures.js';
