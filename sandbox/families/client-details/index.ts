// The client-details family: addresses, contacts, portal users and e-mail ticket permissions of clients.

import type { SandboxFamily } from '../family.js';
import { clientDetailRoutes } from './routes.js';
import { seedClientDetails } from './seed.js';
import './records.js';

export { CLIENT_DETAIL_FIXTURES } from './seed.js';

export const clientDetailsFamily: SandboxFamily = {
  name: 'client-details',
  seed: seedClientDetails,
  routes: clientDetailRoutes,
};
