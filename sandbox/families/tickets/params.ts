// The ticket a path names (`:number`): 404 for an unknown number.

import { notFound } from '../../http/api-response.js';
import { idParam, tenantOf } from '../../http/params.js';
import type { RouteContext } from '../../http/router.js';
import type { TicketRecord } from './records.js';

export function findTicket(context: RouteContext): TicketRecord {
  const number = idParam(context, 'number', 'Ticket');
  const ticket = tenantOf(context).tickets.find((candidate) => candidate.ticket_number === number);
  if (!ticket) throw notFound(`Ticket ${number} not found`);
  return ticket;
}
