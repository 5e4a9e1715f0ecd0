// One valid call per `appointments` tool against the seeded sandbox (admin key).
import { SANDBOX_FIXTURES } from '../families/tickets/index.js';
import type { SampleCalls } from './sample.js';

const open = String(SANDBOX_FIXTURES.openTicket);

export const appointmentSamples: SampleCalls = {
  get_ticket_service_types: { ticket_number: open, date: '2026-07-01' },
  get_ticket_shifts: { ticket_number: open },
  create_appointment: {
    ticket_number: open, date: '2026-07-01', init_time: '09:00', end_time: '10:00', description: 'Teste de conexão',
    attendance: 2, attendance_kind: 1, loose_service_name: 'Hora técnica remota',
  },
  list_appointments: { ticket_number: open },
  list_appointments_global: { start_date: '2026-03-01', end_date: '2026-03-31', user_names: 'Ana Souza' },
  list_pre_appointments: { ticket_number: open },
};
