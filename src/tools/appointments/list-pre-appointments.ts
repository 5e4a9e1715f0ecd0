import * as z from 'zod';
import { createAppointmentsApi } from '../../tiflux/resources/appointments.js';
import { defineTool } from '../define-tool.js';
import { renderList } from '../format/list.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { inline } from '../format/text.js';
import { limitParam, offsetParam, ticketNumber } from '../shared/params.js';

export const listPreAppointments = defineTool({
  toolset: 'appointments',
  name: 'list_pre_appointments',
  title: 'Running timers of a ticket',
  description:
    'Lists the pre-appointments of a TiFlux ticket: timers technicians started on it, with date, start time and ' +
    'end time; a timer without an end time is still running. Needs the "Criar e editar apontamentos" permission ' +
    'and a Tickets licence. Logged time is in list_appointments. Paging: limit (1–200, default 20), offset = page ' +
    'number. Ticket numbers come from list_tickets.',
  input: () => ({ ticket_number: ticketNumber(), offset: offsetParam(), limit: limitParam() }),
  output: () => ({
    ticket_number: z.string(),
    pre_appointments: z.array(
      z.object({
        id: z.number().int(),
        date: z.string().nullable(),
        init_time: z.string().nullable(),
        end_time: z.string().nullable(),
        running: z.boolean(),
        user: z.string().nullable(),
      }),
    ),
    running: z.number().int().describe('How many timers on this page are still running.'),
    ...pageInfoOutput(),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const page = await tiflux.use(createAppointmentsApi).preAppointments(args.ticket_number, { offset: args.offset, limit: args.limit });
    const rows = page.items.map((item) => ({
      id: item.id,
      date: item.date ?? null,
      init_time: item.init_time ?? null,
      end_time: item.end_time || null,
      running: !item.end_time,
      user: item.user?.name ?? null,
    }));
    const running = rows.filter((row) => row.running).length;
    const info = pageInfoOf(page);
    const text = rows.length
      ? renderList(
          {
            heading: `Timers of ticket #${args.ticket_number} (${running} running)`,
            rows: rows.map((r) => `- **${r.id}** · ${inline(r.user)} · ${inline(r.date)} from ${inline(r.init_time)} ${r.running ? '· RUNNING' : `to ${inline(r.end_time)}`}`),
            info,
            plural: 'timers',
          },
          verbosity,
        )
      : `No timers on ticket #${args.ticket_number}${info.offset > 1 ? ` on page ${info.offset}` : ''}.`;
    return { text, structured: { ticket_number: args.ticket_number, pre_appointments: rows, running, ...info } };
  },
});
