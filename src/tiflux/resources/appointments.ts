/**
 * Time tracking: a ticket's appointments (list, create), running timers (pre-appointments), what an appointment
 * can be valued against (service types, shifts), and the organisation-wide list. `tiflux.use(createAppointmentsApi)`.
 */
import { getOne, getPage, json, send } from '../endpoint.js';
import type { Page, PageRequest } from '../paging.js';
import { apiPath, ticketNumberSegment } from '../path.js';
import {
  appointmentSchemas,
  type Appointment,
  type PreAppointment,
  type ServiceTypes,
  type Shift,
} from '../schemas/appointments.js';
import type { Transport } from '../transport-types.js';
import type { TicketNumber } from './tickets.js';

export interface NewAppointment {
  date: string;
  init_time: string;
  end_time: string;
  description: string;
  attendance?: number;
  attendance_kind?: number;
  contract_rider_id?: number;
  loose_service_id?: number;
  shift_id?: number;
  shift_owner_ticket_number?: number;
  guarantee?: boolean;
  value?: number;
  external_user_name?: string;
}

export interface TicketAppointmentFilters extends PageRequest {
  user_id?: number;
  start_date?: string;
  end_date?: string;
}

export interface GlobalAppointmentFilters extends PageRequest {
  start_date: string;
  end_date: string;
  /** Comma-separated ids, at most 15. */
  user_ids?: string;
  desk_ids?: string;
  include_valorization?: boolean;
}

export interface AppointmentsApi {
  serviceTypes(ticketNumber: TicketNumber, date?: string): Promise<ServiceTypes>;
  shifts(ticketNumber: TicketNumber, contractId?: number): Promise<Shift[]>;
  create(ticketNumber: TicketNumber, appointment: NewAppointment): Promise<Appointment>;
  listForTicket(ticketNumber: TicketNumber, filters?: TicketAppointmentFilters): Promise<Page<Appointment>>;
  listGlobal(filters: GlobalAppointmentFilters): Promise<Page<Appointment>>;
  preAppointments(ticketNumber: TicketNumber, page?: PageRequest): Promise<Page<PreAppointment>>;
}

export function createAppointmentsApi(transport: Transport): AppointmentsApi {
  const ticketWords = (number: string) => ({ notFound: `ticket #${number}` });
  return {
    serviceTypes(ticketNumber, date) {
      const number = ticketNumberSegment(ticketNumber);
      return getOne(transport, {
        path: apiPath`/tickets/${number}/service-types`,
        query: { date },
        schema: appointmentSchemas().serviceTypesSchema,
        action: `read the service types of ticket #${number}`,
        ...ticketWords(number),
      });
    },

    shifts(ticketNumber, contractId) {
      const number = ticketNumberSegment(ticketNumber);
      return getOne(transport, {
        path: apiPath`/tickets/${number}/shifts`,
        query: { contract_id: contractId },
        schema: appointmentSchemas().shiftListSchema,
        action: `read the shifts of ticket #${number}`,
        ...ticketWords(number),
      });
    },

    create(ticketNumber, appointment) {
      const number = ticketNumberSegment(ticketNumber);
      return send(transport, {
        method: 'POST',
        path: apiPath`/tickets/${number}/appointments`,
        body: json(appointment),
        schema: appointmentSchemas().appointmentSchema,
        action: `log an appointment on ticket #${number}`,
        ...ticketWords(number),
      });
    },

    listForTicket(ticketNumber, filters = {}) {
      const number = ticketNumberSegment(ticketNumber);
      return getPage(transport, {
        path: apiPath`/tickets/${number}/appointments`,
        query: { user_id: filters.user_id, start_date: filters.start_date, end_date: filters.end_date },
        page: filters,
        schema: appointmentSchemas().appointmentListSchema,
        action: `list the appointments of ticket #${number}`,
        ...ticketWords(number),
      });
    },

    listGlobal(filters) {
      return getPage(transport, {
        path: '/appointments',
        query: {
          start_date: filters.start_date,
          end_date: filters.end_date,
          user_ids: filters.user_ids,
          desk_ids: filters.desk_ids,
          // Sent only when true, as TiFlux's server does.
          include_valorization: filters.include_valorization ? true : undefined,
        },
        page: filters,
        schema: appointmentSchemas().appointmentListSchema,
        action: 'list appointments',
      });
    },

    preAppointments(ticketNumber, page) {
      const number = ticketNumberSegment(ticketNumber);
      return getPage(transport, {
        path: apiPath`/tickets/${number}/pre-appointments`,
        page,
        schema: appointmentSchemas().preAppointmentListSchema,
        action: `list the running timers of ticket #${number}`,
        ...ticketWords(number),
      });
    },
  };
}
