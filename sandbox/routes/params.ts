// Path parameters. A value that is not a positive integer cannot name a record, so it is a 404 like any unknown id.

import { notFound } from '../http/api-response.js';
import type { RouteContext } from '../http/router.js';
import type { ClientRecord, DeskRecord, TenantData, TicketRecord } from '../data/types.js';

export function idParam(context: RouteContext, name: string, what = 'Resource'): number {
  const raw = context.params[name] ?? '';
  if (!/^\d+$/.test(raw)) throw notFound(`${what} not found`);
  return Number(raw);
}

export function tenantOf(context: RouteContext): TenantData {
  return context.principal.tenant;
}

export function findTicket(context: RouteContext): TicketRecord {
  const number = idParam(context, 'number', 'Ticket');
  const ticket = tenantOf(context).tickets.find((candidate) => candidate.ticket_number === number);
  if (!ticket) throw notFound(`Ticket ${number} not found`);
  return ticket;
}

export function findDesk(context: RouteContext, param = 'id'): DeskRecord {
  const id = idParam(context, param, 'Desk');
  const desk = tenantOf(context).desks.find((candidate) => candidate.id === id);
  if (!desk) throw notFound(`Desk ${id} not found`);
  return desk;
}

export function findClientParam(context: RouteContext, param = 'id'): ClientRecord {
  const id = idParam(context, param, 'Client');
  const client = tenantOf(context).clients.find((candidate) => candidate.id === id);
  if (!client) throw notFound(`Client ${id} not found`);
  return client;
}
