import * as z from 'zod';
import { createAppointmentsApi } from '../../tiflux/resources/appointments.js';
import { defineTool } from '../define-tool.js';
import { renderList } from '../format/list.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { limitParam, offsetParam } from '../shared/params.js';
import { checkPeriod, dateParam } from '../shared/period.js';
import { appointmentMarkdown, appointmentRow, appointmentRowOutput } from './format.js';
import { ignoredUserFilterNote, resolveScope, scopeInput, scopeLine } from './scope.js';

export const listAppointmentsGlobal = defineTool({
  toolset: 'appointments',
  name: 'list_appointments_global',
  title: 'Appointments of the whole organisation in a period',
  description:
    'Lists the appointments (worked time) of every ticket in a period (start_date, end_date: YYYY-MM-DD, both ' +
    'days included), optionally only some technicians (user_ids or user_names) and desks (desk_ids or ' +
    'desk_names); names are resolved against every attendant and desk, and an ambiguous name is an error listing ' +
    'the candidates. include_valorization adds attendance and value. Each row names its ticket. For totals per ' +
    'technician use list_appointments_report. Paging: limit (1–200, default 20), offset = page number.',
  input: () => ({
    start_date: dateParam('First day of the period.'),
    end_date: dateParam('Last day of the period.'),
    ...scopeInput(),
    include_valorization: z.boolean().default(false).describe('Include attendance, contract/loose service and value (default false).'),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({ start_date: z.string(), end_date: z.string(), appointments: z.array(appointmentRowOutput()), ...pageInfoOutput() }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    checkPeriod({ name: 'start_date', value: args.start_date }, { name: 'end_date', value: args.end_date });
    const scope = await resolveScope(tiflux, args);
    const page = await tiflux.use(createAppointmentsApi).listGlobal({
      start_date: args.start_date,
      end_date: args.end_date,
      user_ids: scope.user_ids,
      desk_ids: scope.desk_ids,
      include_valorization: args.include_valorization,
      offset: args.offset,
      limit: args.limit,
    });
    const appointments = page.items.map(appointmentRow);
    const info = pageInfoOf(page);
    const filters = scopeLine(scope);
    const heading = `Appointments ${args.start_date} to ${args.end_date}${filters ? ` · ${filters}` : ''}`;
    const note = ignoredUserFilterNote(scope, page.items.map((item) => item.user?.id));
    const text = appointments.length
      ? renderList({ heading, lead: note ? [note] : [], rows: appointments.map(appointmentMarkdown), info, plural: 'appointments' }, verbosity)
      : `No appointments from ${args.start_date} to ${args.end_date}${filters ? ` for ${filters}` : ''}${info.offset > 1 ? ` on page ${info.offset}` : ''}.`;
    return { text, structured: { start_date: args.start_date, end_date: args.end_date, appointments, ...info } };
  },
});
