import * as z from 'zod';
import { createAppointmentsApi } from '../../tiflux/resources/appointments.js';
import { defineTool } from '../define-tool.js';
import { renderList } from '../format/list.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { idParam, limitParam, offsetParam, ticketNumber } from '../shared/params.js';
import { checkPeriod, dateParam } from '../shared/period.js';
import { appointmentMarkdown, appointmentRow, appointmentRowOutput, hours } from './format.js';

export const listAppointments = defineTool({
  toolset: 'appointments',
  name: 'list_appointments',
  title: 'Appointments (logged time) of a ticket',
  description:
    'Lists the appointments (worked time) logged on one TiFlux ticket: date, times, duration, technician, ' +
    'description and valorization (attendance, contract or loose service, value). Filter by user_id and by a ' +
    'period (start_date / end_date, YYYY-MM-DD). For every ticket at once use list_appointments_global; for ' +
    'running timers list_pre_appointments. Paging: limit (1–200, default 20), offset = page number.',
  input: () => ({
    ticket_number: ticketNumber(),
    user_id: idParam('Only this technician\'s appointments (attendant id, from search_user).').optional(),
    start_date: dateParam('From this day.').optional(),
    end_date: dateParam('Up to this day.').optional(),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({
    ticket_number: z.string(),
    appointments: z.array(appointmentRowOutput()),
    minutes_on_page: z.number().int(),
    ...pageInfoOutput(),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    if (args.start_date && args.end_date) checkPeriod({ name: 'start_date', value: args.start_date }, { name: 'end_date', value: args.end_date });
    const page = await tiflux.use(createAppointmentsApi).listForTicket(args.ticket_number, {
      user_id: args.user_id,
      start_date: args.start_date,
      end_date: args.end_date,
      offset: args.offset,
      limit: args.limit,
    });
    const appointments = page.items.map(appointmentRow);
    const minutes = appointments.reduce((sum, row) => sum + (row.minutes ?? 0), 0);
    const info = pageInfoOf(page);
    const text = appointments.length
      ? renderList(
          {
            heading: `Appointments of ticket #${args.ticket_number}`,
            rows: appointments.map(appointmentMarkdown),
            footer: [`${hours(minutes)} on this page.`],
            info,
            plural: 'appointments',
          },
          verbosity,
        )
      : `No appointments on ticket #${args.ticket_number}${args.user_id || args.start_date || args.end_date ? ' with these filters' : ''}${info.offset > 1 ? ` on page ${info.offset}` : ''}.`;
    return { text, structured: { ticket_number: args.ticket_number, appointments, minutes_on_page: minutes, ...info } };
  },
});
