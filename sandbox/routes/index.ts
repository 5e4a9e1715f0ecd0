// Every API route the sandbox serves, in match order (more specific patterns before parameterised ones).

import type { Route } from '../http/router.js';
import { deskRoutes } from './desks.js';
import { ticketRoutes } from './tickets.js';

export const API_ROUTES: readonly Route[] = [...ticketRoutes, ...deskRoutes];
