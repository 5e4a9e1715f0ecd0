// PUT /tickets/{n}/cancel, /close (no body) and /reopen (optional JSON). They answer {"message": …} with a body,
// because clients of the c73 era failed on an empty 2xx body (docs/tiflux-rest-api.md#response-bodies).

import { toBrasiliaIso } from '../../data/dates.js';
import { ok, refused } from '../../http/api-response.js';
import { FieldErrors, fieldsOf, has, text } from '../../http/fields.js';
import { tenantOf } from '../../http/params.js';
import type { RouteContext } from '../../http/router.js';
import { stagesOfDesk } from '../desks/queries.js';
import { findTicket } from './params.js';

export function cancelTicket(context: RouteContext) {
  const data = tenantOf(context);
  const ticket = findTicket(context);
  if (ticket.state !== 'open') throw refused({ base: [`Ticket ${ticket.ticket_number} is already ${ticket.state}`] });
  const desk = data.desks.find((candidate) => candidate.id === ticket.desk_id)!;
  if (!desk.cancelable_tickets) throw refused({ base: [`Desk "${desk.display_name}" does not allow canceling tickets`] });
  Object.assign(ticket, {
    state: 'canceled', status_id: 5, closed_at: toBrasiliaIso(context.now),
    updated_at: toBrasiliaIso(context.now), updated_by_id: context.principal.user.id,
  });
  return ok({ message: `Ticket ${ticket.ticket_number} cancelled successfully` });
}

export function closeTicket(context: RouteContext) {
  const data = tenantOf(context);
  const ticket = findTicket(context);
  if (ticket.state !== 'open') throw refused({ base: [`Ticket ${ticket.ticket_number} is already ${ticket.state}`] });
  const desk = data.desks.find((candidate) => candidate.id === ticket.desk_id)!;
  if (desk.require_catalog_item_to_close && ticket.services_catalogs_item_id === null) {
    throw refused({ services_catalogs_item_id: [`Desk "${desk.display_name}" requires a services catalog item to close tickets`] });
  }
  const stages = stagesOfDesk(data, desk.id);
  Object.assign(ticket, {
    state: 'closed', status_id: 4, stage_id: stages[stages.length - 1]!.id, closed_at: toBrasiliaIso(context.now),
    updated_at: toBrasiliaIso(context.now), updated_by_id: context.principal.user.id,
  });
  return ok({ message: `Ticket ${ticket.ticket_number} closed successfully` });
}

export function reopenTicket(context: RouteContext) {
  const data = tenantOf(context);
  const ticket = findTicket(context);
  const fields = fieldsOf(context.body);
  const errors = new FieldErrors();
  // An empty reason is forwarded on purpose by clients so the API can refuse it (docs/tiflux-rest-api.md#tickets, rule 7).
  if (has(fields, 'disapproval_reason')) text(fields, 'disapproval_reason', errors, true);
  errors.check();
  if (ticket.state !== 'closed') throw refused({ base: [`Ticket ${ticket.ticket_number} is ${ticket.state}; only closed tickets can be reopened`] });
  if (ticket.billed) throw refused({ base: ['Billed tickets cannot be reopened'] });
  Object.assign(ticket, {
    state: 'open', status_id: 1, stage_id: stagesOfDesk(data, ticket.desk_id)[0]!.id, closed_at: null,
    reopen_count: ticket.reopen_count + 1, last_reopen_date: toBrasiliaIso(context.now),
    updated_at: toBrasiliaIso(context.now), updated_by_id: context.principal.user.id,
  });
  return ok({ message: `Ticket ${ticket.ticket_number} reopened successfully` });
}
