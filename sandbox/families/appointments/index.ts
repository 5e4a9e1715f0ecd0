// The appointments family: time entries, timers, contract riders, loose services and shifts.

import type { SandboxFamily } from '../family.js';
import './records.js';
import { appointmentRoutes } from './routes.js';
import { seedAppointments } from './seed.js';

export { APPOINTMENT_FIXTURES } from './seed.js';

export const appointmentsFamily: SandboxFamily = {
  name: 'appointments',
  seed: seedAppointments,
  routes: appointmentRoutes,
};
