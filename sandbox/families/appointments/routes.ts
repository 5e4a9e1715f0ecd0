// Time-tracking routes (docs/appointments.md): service types, shifts, appointments per ticket and for the
// organisation, and timers.

import type { TenantData } from '../../data/types.js';
import { created, invalid, ok } from '../../http/api-response.js';
import { paginate, readPage, totalItemsHeader } from '../../http/paging.js';
import { optionalBoolean, optionalDate, optionalIdList, optionalInteger, requiredDate } from '../../http/query.js';
import type { Route, RouteContext } from '../../http/router.js';
import { FieldErrors, fieldsOf, type Fields } from '../../http/fields.js';
import { tenantOf } from '../../http/params.js';
import { findTicket } from '../tickets/params.js';
import type { TicketRecord } from '../tickets/records.js';
import { requireDeskAccess } from '../ticket-records/access.js';
import type { ValorizationRecord } from './records.js';
import { renderAppointment, renderPreAppointment } from './render.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const today = (now: Date) => new Date(now.getTime() - 3 * 3_600_000).toISOString().slice(0, 10);
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function ticketWithAccess(context: RouteContext, what: string): { data: TenantData; ticket: TicketRecord } {
  const data = tenantOf(context);
  const ticket = findTicket(context);
  requireDeskAccess(data, context, ticket, what);
  return { data, ticket };
}

function serviceTypes(context: RouteContext) {
  const { data, ticket } = ticketWithAccess(context, 'service types');
  const date = optionalDate(context.query, 'date') ?? today(context.now);
  if (date > today(context.now)) throw invalid({ date: ['cannot be in the future'] });
  const riders = data.contractRiders.filter((r) => r.client_id === ticket.client_id && r.start_date <= date && (r.cancel_date === null || r.cancel_date >= date));
  return ok({
    contract_riders: riders.map((r) => ({ id: r.id, rider_number: r.rider_number, start_date: r.start_date, cancel_date: r.cancel_date, contract: { id: r.contract_id, name: r.contract_name } })),
    loose_services: data.looseServices.map((s) => ({ id: s.id, name: s.name })),
  });
}

function shifts(context: RouteContext) {
  const { data, ticket } = ticketWithAccess(context, 'shifts');
  const contractId = optionalInteger(context.query, 'contract_id');
  const contractsOfClient = new Set(data.contractRiders.filter((r) => r.client_id === ticket.client_id).map((r) => r.contract_id));
  const usable = data.shifts.filter((s) => {
    if (contractId !== undefined) return s.contract_id === contractId;
    if (s.reference === 'Client') return s.client_id === ticket.client_id;
    if (s.reference === 'Contract') return s.contract_id !== null && contractsOfClient.has(s.contract_id);
    return true;
  });
  return ok(usable.map((s) => {
    const rider = data.contractRiders.find((r) => r.contract_id === s.contract_id);
    const client = data.clients.find((c) => c.id === s.client_id);
    return {
      id: s.id, name: s.name, reference: s.reference,
      ...(rider ? { contract: { id: rider.contract_id, name: rider.contract_name } } : {}),
      ...(client ? { client: { id: client.id, name: client.name } } : {}),
    };
  }));
}

function integer(fields: Fields, name: string, errors: FieldErrors): number | undefined {
  const value = fields[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    errors.add(name, 'must be an integer');
    return undefined;
  }
  return value;
}

function createAppointment(context: RouteContext) {
  const { data, ticket } = ticketWithAccess(context, 'appointments');
  const fields = fieldsOf(context.body);
  const errors = new FieldErrors();
  const str = (name: string) => {
    const value = fields[name];
    if (typeof value !== 'string' || value.trim() === '') {
      errors.add(name, "can't be blank");
      return '';
    }
    return value;
  };
  const date = str('date');
  const init = str('init_time');
  const end = str('end_time');
  const description = str('description');
  if (date && !DATE.test(date)) errors.add('date', 'must be a date as YYYY-MM-DD');
  if (date && DATE.test(date) && date > today(context.now)) errors.add('date', 'cannot be in the future');
  if (init && !TIME.test(init)) errors.add('init_time', 'must be HH:MM');
  if (end && !TIME.test(end)) errors.add('end_time', 'must be HH:MM');
  if (TIME.test(init) && TIME.test(end) && minutes(end) < minutes(init)) errors.add('end_time', 'must be after init_time');
  const attendance = integer(fields, 'attendance', errors);
  const kind = integer(fields, 'attendance_kind', errors);
  const riderId = integer(fields, 'contract_rider_id', errors);
  const looseId = integer(fields, 'loose_service_id', errors);
  const shiftId = integer(fields, 'shift_id', errors);
  const ownerNumber = integer(fields, 'shift_owner_ticket_number', errors);
  const value = typeof fields.value === 'number' ? fields.value : undefined;
  const guarantee = fields.guarantee === true;
  const external = typeof fields.external_user_name === 'string' ? fields.external_user_name : null;
  if (external !== null && (external.length > 255 || /[<>]/.test(external))) errors.add('external_user_name', 'is invalid');
  errors.check();

  const rules = new FieldErrors();
  if (data.valorizationDeskIds.includes(ticket.desk_id)) {
    if (attendance === undefined) rules.add('attendance', "can't be blank");
    if (kind === undefined) rules.add('attendance_kind', "can't be blank");
  }
  if (attendance !== undefined && ![1, 2, 3].includes(attendance)) rules.add('attendance', 'is not included in the list');
  if (kind !== undefined && ![1, 2].includes(kind)) rules.add('attendance_kind', 'is not included in the list');
  if (kind === 1 && looseId === undefined) rules.add('loose_service_id', "can't be blank");
  if (kind === 2 && riderId === undefined) rules.add('contract_rider_id', "can't be blank");
  if (kind === 2 && (looseId !== undefined || value !== undefined)) rules.add('attendance_kind', 'contract appointments take no loose service or value');
  if (value !== undefined && kind !== 1) rules.add('value', 'is only allowed for loose services');
  if (value !== undefined && guarantee) rules.add('value', 'is not allowed under guarantee');
  if (shiftId !== undefined && ownerNumber !== undefined) rules.add('shift_id', 'cannot be sent with shift_owner_ticket_number');
  if ((shiftId !== undefined || ownerNumber !== undefined) && attendance !== 1) rules.add('shift_id', 'requires external attendance');
  const service = data.looseServices.find((s) => s.id === looseId);
  if (looseId !== undefined && !service) rules.add('loose_service_id', 'not found');
  if (riderId !== undefined && !data.contractRiders.some((r) => r.id === riderId && r.client_id === ticket.client_id)) rules.add('contract_rider_id', 'not found for this client');
  if (shiftId !== undefined && !data.shifts.some((s) => s.id === shiftId)) rules.add('shift_id', 'not found');
  rules.checkRules();

  const length = minutes(end) - minutes(init);
  let valorization: ValorizationRecord | null = null;
  if (attendance !== undefined && kind !== undefined) {
    valorization = {
      attendance: attendance as 1 | 2 | 3, attendance_kind: kind as 1 | 2, contract_rider_id: riderId ?? null, loose_service_id: looseId ?? null,
      shift_id: shiftId ?? null, shift_owner_ticket_number: ownerNumber ?? null, guarantee, manual_value: value !== undefined,
      value: guarantee || kind === 2 ? 0 : value ?? Math.round(((service?.hourly_price ?? 0) * length) / 60 * 100) / 100,
    };
  }
  const ids = data.appointments.map((a) => a.id);
  const appointment = {
    id: Math.max(2_000_000, ...ids) + 1, ticket_number: ticket.ticket_number, user_id: context.principal.user.id, date, init_time: init,
    end_time: end, description, external_user_name: external, valorization,
  };
  data.appointments.push(appointment);
  const user = context.principal.user;
  return created({
    id: appointment.id, date, init_time: init, end_time: end, description, user: { id: user.id, name: user.name },
    external_user_name: external, ...(valorization && looseId !== undefined ? { value: valorization.value.toFixed(2) } : {}),
  });
}

function ticketAppointments(context: RouteContext) {
  const { data, ticket } = ticketWithAccess(context, 'appointments');
  const userId = optionalInteger(context.query, 'user_id');
  const start = optionalDate(context.query, 'start_date');
  const end = optionalDate(context.query, 'end_date');
  const rows = data.appointments
    .filter((a) => a.ticket_number === ticket.ticket_number)
    .filter((a) => (userId === undefined || a.user_id === userId) && (!start || a.date >= start) && (!end || a.date <= end))
    .sort((a, b) => a.date.localeCompare(b.date) || a.init_time.localeCompare(b.init_time));
  return ok(paginate(rows, readPage(context.query)).map((a) => renderAppointment(data, a)), totalItemsHeader(rows.length));
}

/**
 * GET /appointments. Keys without "Visualizar relatórios dos técnicos" get `user_ids` silently ignored [doc]; in
 * the sandbox that is every non-admin key (docs/appointments.md).
 */
function globalAppointments(context: RouteContext) {
  const data = tenantOf(context);
  const start = requiredDate(context.query, 'start_date');
  const end = requiredDate(context.query, 'end_date');
  const userIds = context.principal.isAdmin ? optionalIdList(context.query, 'user_ids') : (optionalIdList(context.query, 'user_ids'), undefined);
  const deskIds = optionalIdList(context.query, 'desk_ids');
  const withValorization = optionalBoolean(context.query, 'include_valorization') === true;
  const deskOf = new Map(data.tickets.map((t) => [t.ticket_number, t.desk_id]));
  const rows = data.appointments
    .filter((a) => a.date >= start && a.date <= end)
    .filter((a) => (!userIds || userIds.includes(a.user_id)) && (!deskIds || deskIds.includes(deskOf.get(a.ticket_number) ?? -1)))
    .sort((a, b) => a.date.localeCompare(b.date) || a.init_time.localeCompare(b.init_time) || a.id - b.id);
  return ok(
    paginate(rows, readPage(context.query)).map((a) => renderAppointment(data, a, { global: true, valorization: withValorization })),
    totalItemsHeader(rows.length),
  );
}

function preAppointments(context: RouteContext) {
  const { data, ticket } = ticketWithAccess(context, 'pre-appointments');
  const rows = data.preAppointments.filter((p) => p.ticket_number === ticket.ticket_number);
  return ok(paginate(rows, readPage(context.query)).map((p) => renderPreAppointment(data, p)), totalItemsHeader(rows.length));
}

export const appointmentRoutes: Route[] = [
  { method: 'GET', pattern: '/tickets/:number/service-types', handle: serviceTypes },
  { method: 'GET', pattern: '/tickets/:number/shifts', handle: shifts },
  { method: 'POST', pattern: '/tickets/:number/appointments', accepts: ['json'], handle: createAppointment },
  { method: 'GET', pattern: '/tickets/:number/appointments', handle: ticketAppointments },
  { method: 'GET', pattern: '/appointments', handle: globalAppointments },
  { method: 'GET', pattern: '/tickets/:number/pre-appointments', handle: preAppointments },
];
