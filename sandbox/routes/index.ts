// Every API route the sandbox serves. A fixed segment beats a parameter ("/users/me" over "/users/:id"), whatever
// the order; between equally specific routes the first wins.

import type { Route } from '../http/router.js';
import { clientRoutes } from './clients.js';
import { deskRoutes } from './desks.js';
import { entityRoutes } from './entities.js';
import { servicesCatalogRoutes } from './services-catalogs.js';
import { ticketMessageRoutes } from './ticket-messages.js';
import { ticketRoutes } from './tickets.js';
import { userRoutes } from './users.js';
import { SANDBOX_FAMILIES } from '../families/index.js';

export const API_ROUTES: readonly Route[] = [
  ...ticketRoutes,
  ...ticketMessageRoutes,
  ...deskRoutes,
  ...servicesCatalogRoutes,
  ...clientRoutes,
  ...userRoutes,
  ...entityRoutes,
  ...SANDBOX_FAMILIES.flatMap((family) => family.routes),
];
