// Histories, stage SLAs, checklists (with filling one field) and the ticket satisfaction report.

import { toBrasiliaIso } from '../../data/dates.js';
import type { TenantData } from '../../data/types.js';
import { forbidden, invalid, notFound, ok, refused } from '../../http/api-response.js';
import { paginate, readPage, totalItemsHeader } from '../../http/paging.js';
import { optionalBoolean, optionalIdList, optionalInteger, optionalString, requiredDate } from '../../http/query.js';
import type { Route, RouteContext } from '../../http/router.js';
import { fieldsOf, has } from '../../http/fields.js';
import { idParam, tenantOf } from '../../http/params.js';
import { findTicket } from '../tickets/params.js';
import { requireDeskAccess } from './access.js';
import { renderChecklist, renderHistory, renderStageSla } from './render.js';
import type { ChecklistFieldRecord } from './records.js';

function histories(context: RouteContext) {
  const data = tenantOf(context);
  const ticket = findTicket(context);
  requireDeskAccess(data, context, ticket, 'histories');
  const of = optionalString(context.query, 'history_of');
  if (of === undefined) throw invalid({ history_of: ["can't be blank"] });
  if (of !== '0' && of !== '1') throw invalid({ history_of: ['must be 0 or 1'] });
  const typeId = optionalInteger(context.query, 'type_id_attr');
  const operation = optionalString(context.query, 'operation');
  if (operation !== undefined && !['created', 'updated', 'deleted'].includes(operation)) {
    throw invalid({ operation: ['must be one of created, updated, deleted'] });
  }
  const rows = data.histories
    .filter((h) => h.ticket_number === ticket.ticket_number && h.history_of === Number(of))
    .filter((h) => typeId === undefined || h.type_id_attr === typeId)
    .filter((h) => operation === undefined || h._operation === operation)
    .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
  return ok(paginate(rows, readPage(context.query)).map((h) => renderHistory(data, h)));
}

function stagesSlas(context: RouteContext) {
  const data = tenantOf(context);
  const ticket = findTicket(context);
  requireDeskAccess(data, context, ticket, 'stage SLAs');
  const rows = data.stageSlas.filter((s) => s.ticket_number === ticket.ticket_number).sort((a, b) => a.created_at.localeCompare(b.created_at));
  return ok(paginate(rows, readPage(context.query)).map((s) => renderStageSla(data, s)));
}

function checklists(context: RouteContext) {
  const data = tenantOf(context);
  const ticket = findTicket(context);
  requireDeskAccess(data, context, ticket, 'checklists');
  const rows = data.checklists.filter((c) => c.ticket_number === ticket.ticket_number);
  return ok(paginate(rows, readPage(context.query)).map(renderChecklist), totalItemsHeader(rows.length));
}

function updateChecklistItem(context: RouteContext) {
  const data = tenantOf(context);
  const ticket = findTicket(context);
  requireDeskAccess(data, context, ticket, 'checklists');
  const checklistId = idParam(context, 'checklist', 'Checklist');
  const checklist = data.checklists.find((c) => c.id === checklistId && c.ticket_number === ticket.ticket_number);
  if (!checklist) throw notFound(`Checklist ${checklistId} not found`);
  const raw = context.params.index ?? '';
  if (!/^\d+$/.test(raw)) throw notFound('Checklist item not found');
  const field = checklist.fields.find((f) => f.index === Number(raw));
  if (!field) throw notFound(`Checklist item ${raw} not found`);
  if (ticket.state !== 'open') throw refused({ base: ['Checklists of closed or cancelled tickets cannot be edited'] });
  const body = fieldsOf(context.body);
  if (has(body, 'value') === has(body, 'options')) throw invalid({ base: ['send either value or options'] });
  if (has(body, 'value')) applyValue(field, body.value);
  else applyOptions(field, body.options);
  checklist.updated_at = toBrasiliaIso(context.now);
  return ok(renderChecklist(checklist));
}

function applyValue(field: ChecklistFieldRecord, value: unknown): void {
  if (value === null) {
    field.value = null;
    for (const option of field.options) option.value = false;
    return;
  }
  if (field.type === 'radio' || field.type === 'checkbox') {
    throw invalid({ value: [`a ${field.type} field takes options, not value`] });
  }
  if (field.type === 'value' && (typeof value !== 'number' && !(typeof value === 'string' && /^-?\d+([.,]\d+)?$/.test(value)))) {
    throw invalid({ value: ['must be a number for a value field'] });
  }
  if (typeof value !== 'string' && typeof value !== 'number') throw invalid({ value: ['must be a string or a number'] });
  field.value = value;
}

function applyOptions(field: ChecklistFieldRecord, options: unknown): void {
  if (field.type !== 'radio' && field.type !== 'checkbox') throw invalid({ options: [`a ${field.type} field takes value, not options`] });
  if (!Array.isArray(options) || options.length === 0) throw invalid({ options: ['must be a non-empty array'] });
  for (const entry of options) {
    const item = entry as { id?: unknown; checked?: unknown };
    if (typeof item !== 'object' || item === null || !('id' in item) || typeof item.checked !== 'boolean') {
      throw invalid({ options: ['each option needs an id and a boolean checked'] });
    }
    const option = field.options.find((candidate) => String(candidate.id) === String(item.id));
    if (!option) throw invalid({ options: [`unknown option id ${String(item.id)}`] });
    if (field.type === 'radio' && item.checked) {
      for (const other of field.options) other.value = false;
      field.value = option.id === null ? null : String(option.id);
    }
    option.value = item.checked;
    if (field.type === 'radio' && !item.checked && String(field.value) === String(option.id)) field.value = null;
  }
}

/** GET /reports/feedbacks/tickets (docs/reports.md): admin keys only (403/40301 otherwise); no X-Total-Items. */
function ticketFeedbacks(context: RouteContext) {
  const data = tenantOf(context);
  if (!context.principal.isAdmin) throw forbidden('You do not have permission to view reports');
  const start = requiredDate(context.query, 'start_date');
  const end = requiredDate(context.query, 'end_date');
  const responsibles = optionalIdList(context.query, 'responsible_ids');
  const groups = optionalIdList(context.query, 'technical_group_ids');
  optionalIdList(context.query, 'department_ids');
  const day = (iso: string | null) => iso?.slice(0, 10) ?? '';
  const groupOf = (userId: number | null) => data.users.find((user) => user.id === userId)?.technical_group_id ?? null;
  const finished = data.tickets.filter((ticket) => {
    if (ticket.state !== 'closed' || day(ticket.closed_at) < start || day(ticket.closed_at) > end) return false;
    if (responsibles && (ticket.responsible_id === null || !responsibles.includes(ticket.responsible_id))) return false;
    if (groups && !groups.includes(groupOf(ticket.responsible_id) ?? -1)) return false;
    return true;
  });
  const numbers = new Set(finished.map((ticket) => ticket.ticket_number));
  const rated = data.ratings.filter((rating) => numbers.has(rating.ticket_number)).sort((a, b) => b.revised_in_time.localeCompare(a.revised_in_time));
  const average = rated.length ? Math.round((rated.reduce((sum, r) => sum + r.rating, 0) / rated.length) * 100) / 100 : 0;
  const clients = new Set(rated.map((rating) => finished.find((t) => t.ticket_number === rating.ticket_number)!.client_id));
  const body: Record<string, unknown> = {
    summary: {
      rating_average: average, tickets_evaluated: rated.length, tickets_finished: finished.length, clients_evaluated: clients.size,
      answers_percentage: finished.length ? Math.round((rated.length / finished.length) * 10_000) / 100 : 0,
    },
  };
  if (optionalBoolean(context.query, 'tickets_list') === true) {
    body.tickets_list = paginate(rated, readPage(context.query)).map((rating) => listItem(data, rating.ticket_number, rating));
  }
  return ok(body);
}

function listItem(data: TenantData, ticketNumber: number, rating: { rating: number; comments: string; revised_in_time: string }) {
  const ticket = data.tickets.find((t) => t.ticket_number === ticketNumber)!;
  const desk = data.desks.find((d) => d.id === ticket.desk_id)!;
  return {
    // Whether `id` is the ticket number is unclear (docs/reports.md); the sandbox sends the number.
    id: ticket.ticket_number,
    client_name: data.clients.find((c) => c.id === ticket.client_id)?.name ?? null,
    responsible_name: data.users.find((u) => u.id === ticket.responsible_id)?.name ?? null,
    desk_id: desk.id, desk_name: desk.display_name, rating: rating.rating, revised_in_time: rating.revised_in_time,
    comments: rating.comments,
  };
}

export const ticketRecordRoutes: Route[] = [
  { method: 'GET', pattern: '/tickets/:number/histories', handle: histories },
  { method: 'GET', pattern: '/tickets/:number/stages-slas', handle: stagesSlas },
  { method: 'GET', pattern: '/tickets/:number/checklists', handle: checklists },
  { method: 'PUT', pattern: '/tickets/:number/checklists/:checklist/items/:index', accepts: ['json'], handle: updateChecklistItem },
  { method: 'GET', pattern: '/reports/feedbacks/tickets', handle: ticketFeedbacks },
];
