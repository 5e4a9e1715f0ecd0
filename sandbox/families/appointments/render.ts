// TiFlux's JSON for appointments: reads carry strings ("External", "Loose") where writes take integers.

import type { TenantData } from '../../data/types.js';
import type { AppointmentRecord, PreAppointmentRecord } from './records.js';

const ATTENDANCE = { 1: 'External', 2: 'Remote', 3: 'Internal' } as const;
const KIND = { 1: 'Loose', 2: 'Contract' } as const;

const userRef = (data: TenantData, id: number) => {
  const user = data.users.find((candidate) => candidate.id === id);
  return user ? { id: user.id, name: user.name } : null;
};

function renderValorization(data: TenantData, appointment: AppointmentRecord) {
  const v = appointment.valorization;
  if (!v) return null;
  const rider = data.contractRiders.find((candidate) => candidate.id === v.contract_rider_id);
  const service = data.looseServices.find((candidate) => candidate.id === v.loose_service_id);
  const shift = data.shifts.find((candidate) => candidate.id === v.shift_id);
  const owner = data.tickets.find((candidate) => candidate.ticket_number === v.shift_owner_ticket_number);
  return {
    attendance: ATTENDANCE[v.attendance], attendance_kind: KIND[v.attendance_kind],
    contract: rider ? { name: rider.contract_name } : null, loose_service: service ? { name: service.name } : null,
    shift: shift ? { name: shift.name, value: shift.value.toFixed(2) } : null,
    shift_owner_ticket: owner ? { ticket_number: owner.ticket_number, title: owner.title } : null,
    guarantee: v.guarantee, manual_value: v.manual_value, value: v.value.toFixed(2),
  };
}

/** `global`: the organisation-wide list adds desk and ticket{number, title}; valorization only when asked there. */
export function renderAppointment(data: TenantData, appointment: AppointmentRecord, options: { global?: boolean; valorization?: boolean } = {}) {
  const ticket = data.tickets.find((candidate) => candidate.ticket_number === appointment.ticket_number)!;
  const client = data.clients.find((candidate) => candidate.id === ticket.client_id);
  const desk = data.desks.find((candidate) => candidate.id === ticket.desk_id);
  return {
    id: appointment.id, date: appointment.date, init_time: appointment.init_time, end_time: appointment.end_time,
    description: appointment.description, user: userRef(data, appointment.user_id), client: client ? { name: client.name } : null,
    external_user_name: appointment.external_user_name,
    ...(options.global ? { desk: desk ? { id: desk.id, name: desk.display_name } : null, ticket: { number: ticket.ticket_number, title: ticket.title } } : {}),
    ...(options.valorization === false ? {} : { valorization: renderValorization(data, appointment) }),
  };
}

export function renderPreAppointment(data: TenantData, timer: PreAppointmentRecord) {
  const user = userRef(data, timer.user_id);
  return { id: timer.id, date: timer.date, init_time: timer.init_time, end_time: timer.end_time, user: user ? { name: user.name } : null };
}
