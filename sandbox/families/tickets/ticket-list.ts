// GET /tickets (docs/tiflux-rest-api.md#tickets): filters, page, X-Total-Items, and the group_by aggregate.

import type { TenantData } from '../../data/types.js';
import { invalid, ok } from '../../http/api-response.js';
import { paginate, readPage, totalItemsHeader } from '../../http/paging.js';
import { tenantOf } from '../../http/params.js';
import { optionalBoolean, optionalDateTime, optionalIdList, optionalString } from '../../http/query.js';
import type { RouteContext } from '../../http/router.js';
import type { TicketRecord, TicketState } from './records.js';
import { renderTicket, solveExpiration } from './render.js';

const FILTER_BY: Record<string, TicketState[]> = {
  open: ['open'],
  closed: ['closed'],
  canceled: ['canceled'],
  all: ['open', 'closed', 'canceled'],
};

export function listTickets(context: RouteContext) {
  const data = tenantOf(context);
  const tickets = filterTickets(data, context.query)
    // docs/tiflux-rest-api.md#open-questions, q3: the default order is unverified; newest first is what a helpdesk list usually shows.
    .sort((a, b) => b.ticket_number - a.ticket_number);

  const groupBy = optionalString(context.query, 'group_by');
  if (groupBy !== undefined) return ok(aggregate(data, tickets, groupBy, dateType(context.query)));

  const page = readPage(context.query);
  return ok(paginate(tickets, page).map((ticket) => renderTicket(data, ticket)), totalItemsHeader(tickets.length));
}

function dateType(query: URLSearchParams): 'created_at' | 'solved_in_time' {
  const value = optionalString(query, 'date_type') ?? 'created_at';
  if (value !== 'created_at' && value !== 'solved_in_time') {
    throw invalid({ date_type: ['must be created_at or solved_in_time'] });
  }
  return value;
}

function filterTickets(data: TenantData, query: URLSearchParams): TicketRecord[] {
  const states = wantedStates(query);
  const deskIds = optionalIdList(query, 'desk_ids');
  const clientIds = optionalIdList(query, 'client_ids');
  const stageIds = optionalIdList(query, 'stage_ids');
  const responsibleIds = optionalIdList(query, 'responsible_ids');
  const requestorIds = optionalIdList(query, 'requestor_ids');
  const itemIds = optionalIdList(query, 'services_catalogs_item_ids', { rejectDuplicates: true });
  const priorityIds = optionalIdList(query, 'priority_ids', { rejectDuplicates: true });
  const requestorEmail = optionalString(query, 'requestor_email')?.toLowerCase();
  const type = dateType(query);
  const start = optionalDateTime(query, 'start_datetime');
  const end = optionalDateTime(query, 'end_datetime');
  const slaBefore = optionalDateTime(query, 'sla_expiring_before');
  const requestorEmails = new Map(data.requestors.map((requestor) => [requestor.id, requestor.email.toLowerCase()]));

  return data.tickets.filter((ticket) => {
    if (!states.includes(ticket.state)) return false;
    if (deskIds && !deskIds.includes(ticket.desk_id)) return false;
    if (clientIds && !clientIds.includes(ticket.client_id)) return false;
    if (stageIds && !stageIds.includes(ticket.stage_id)) return false;
    if (responsibleIds && (ticket.responsible_id === null || !responsibleIds.includes(ticket.responsible_id))) return false;
    if (requestorIds && (ticket.requestor_id === null || !requestorIds.includes(ticket.requestor_id))) return false;
    if (itemIds && (ticket.services_catalogs_item_id === null || !itemIds.includes(ticket.services_catalogs_item_id))) return false;
    if (priorityIds && (ticket.priority_id === null || !priorityIds.includes(ticket.priority_id))) return false;
    if (requestorEmail && (ticket.requestor_id === null || requestorEmails.get(ticket.requestor_id) !== requestorEmail)) return false;
    if (start || end) {
      // solved_in_time filters on the closing date, so it only ever matches closed/cancelled tickets.
      const at = type === 'created_at' ? ticket.created_at : ticket.closed_at;
      if (at === null) return false;
      const time = new Date(at).getTime();
      if (start && time < start.getTime()) return false;
      if (end && time > end.getTime()) return false;
    }
    if (slaBefore) {
      if (ticket.state !== 'open') return false;
      if (new Date(solveExpiration(ticket)).getTime() > slaBefore.getTime()) return false;
    }
    return true;
  });
}

/**
 * `filter_by` takes precedence over `is_closed` (docs/tiflux-rest-api.md#tickets). Without either, only open tickets are listed — the
 * TiFlux's own clients always send `is_closed` (default false), so that default is the open list (docs/tiflux-rest-api.md#open-questions, q6).
 */
function wantedStates(query: URLSearchParams): TicketState[] {
  const filterBy = optionalString(query, 'filter_by');
  if (filterBy !== undefined) {
    const states = FILTER_BY[filterBy];
    if (!states) throw invalid({ filter_by: ['must be one of open, closed, canceled, all'] });
    return states;
  }
  return optionalBoolean(query, 'is_closed') ? ['closed', 'canceled'] : ['open'];
}

function aggregate(data: TenantData, tickets: TicketRecord[], groupBy: string, type: 'created_at' | 'solved_in_time') {
  const labelOf = bucketLabeler(data, groupBy, type);
  const counts = new Map<string, number>();
  for (const ticket of tickets) {
    const label = labelOf(ticket);
    if (label !== undefined) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  // Empty periods are omitted, as the API appears to do (docs/tiflux-rest-api.md#tickets). group_by ignores limit.
  const buckets = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([period, count]) => ({ period, count }));
  return { group_by: groupBy, date_type: type, total: buckets.reduce((sum, bucket) => sum + bucket.count, 0), buckets };
}

function bucketLabeler(data: TenantData, groupBy: string, type: 'created_at' | 'solved_in_time') {
  const dateOf = (ticket: TicketRecord) => (type === 'created_at' ? ticket.created_at : ticket.closed_at);
  switch (groupBy) {
    case 'day':
      return (ticket: TicketRecord) => dateOf(ticket)?.slice(0, 10);
    case 'month':
      return (ticket: TicketRecord) => dateOf(ticket)?.slice(0, 7);
    case 'week':
      // docs/tiflux-rest-api.md#open-questions, q5: the week label format is unknown; ISO weeks ("2026-W03") are our guess.
      return (ticket: TicketRecord) => {
        const at = dateOf(ticket);
        return at === null ? undefined : isoWeek(at.slice(0, 10));
      };
    case 'desk':
      return (ticket: TicketRecord) => data.desks.find((desk) => desk.id === ticket.desk_id)?.name;
    default:
      throw invalid({ group_by: ['must be one of day, week, month, desk'] });
  }
}

function isoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday = 0
  date.setUTCDate(date.getUTCDate() - weekday + 3); // the Thursday of this week decides the year
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / 86_400_000 / 7 - ((firstThursday.getUTCDay() + 6) % 7 - 3) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}
