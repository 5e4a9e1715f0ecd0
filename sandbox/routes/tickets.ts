// Ticket routes: read, list (ticket-list.ts), create, update, cancel, close, reopen, custom fields.

import { ok } from '../http/api-response.js';
import { optionalBoolean } from '../http/query.js';
import type { Route } from '../http/router.js';
import { renderTicket } from '../render/ticket.js';
import { listTickets } from './ticket-list.js';
import { findTicket, tenantOf } from './params.js';

export const ticketRoutes: Route[] = [
  { method: 'GET', pattern: '/tickets', handle: listTickets },
  {
    method: 'GET',
    pattern: '/tickets/:number',
    handle(context) {
      const ticket = findTicket(context);
      return ok(renderTicket(tenantOf(context), ticket, {
        all: optionalBoolean(context.query, 'show_entities') === true,
        filledOnly: optionalBoolean(context.query, 'include_filled_entity') === true,
      }));
    },
  },
];
