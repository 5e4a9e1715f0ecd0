/** The `appointments` family: time tracking on tickets (docs/appointments.md). */
import type { ToolDefinition } from '../define-tool.js';
import { createAppointment } from './create-appointment.js';
import { listAppointmentsGlobal } from './list-appointments-global.js';
import { listAppointments } from './list-appointments.js';
import { listPreAppointments } from './list-pre-appointments.js';
import { getTicketServiceTypes } from './service-types.js';
import { getTicketShifts } from './shifts.js';

export const appointmentTools: readonly ToolDefinition[] = [
  getTicketServiceTypes,
  getTicketShifts,
  createAppointment,
  listAppointments,
  listAppointmentsGlobal,
  listPreAppointments,
];
