// Ticket routes: read, list (ticket-list.ts), create, update, cancel, close, reopen, custom fields, and the
// conversation (ticket-messages.ts: answers, internal communications, files).

import { ok } from '../../http/api-response.js';
import { tenantOf } from '../../http/params.js';
import { optionalBoolean } from '../../http/query.js';
import type { Route } from '../../http/router.js';
import { findTicket } from './params.js';
import { renderTicket } from './render.js';
import { createTicket } from './ticket-create.js';
import { updateTicketEntities } from './ticket-entities.js';
import { cancelTicket, closeTicket, reopenTicket } from './ticket-lifecycle.js';
import { listTickets } from './ticket-list.js';
import { ticketMessageRoutes } from './ticket-messages.js';
import { updateTicket } from './ticket-update.js';

export const ticketRoutes: Route[] = [
  { method: 'GET', pattern: '/tickets', handle: listTickets },
  // c73 clients send form-urlencoded, HEAD clients multipart; JSON is refused (415) so neither era's bug hides.
  { method: 'POST', pattern: '/tickets', accepts: ['form', 'multipart'], handle: createTicket },
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
  { method: 'PUT', pattern: '/tickets/:number', accepts: ['json'], handle: updateTicket },
  // No body, no Content-Type (docs/tiflux-rest-api.md#body-encodings); a body, if any, is ignored.
  { method: 'PUT', pattern: '/tickets/:number/cancel', handle: cancelTicket },
  { method: 'PUT', pattern: '/tickets/:number/close', handle: closeTicket },
  { method: 'PUT', pattern: '/tickets/:number/reopen', accepts: ['json'], bodyOptional: true, handle: reopenTicket },
  { method: 'PUT', pattern: '/tickets/:number/entities', accepts: ['json'], handle: updateTicketEntities },
  ...ticketMessageRoutes,
];
