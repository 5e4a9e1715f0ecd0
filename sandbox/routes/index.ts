// Every API route the sandbox serves. First match wins, so fixed segments ("/users/me") come before parameters.

import type { Route } from '../http/router.js';
import { clientRoutes } from './clients.js';
import { deskRoutes } from './desks.js';
import { ticketMessageRoutes } from './ticket-messages.js';
import { ticketRoutes } from './tickets.js';
import { userRoutes } from './users.js';

export const API_ROUTES: readonly Route[] = [...ticketRoutes, ...ticketMessageRoutes, ...deskRoutes, ...clientRoutes, ...userRoutes];
