import * as z from 'zod';
import { collectAllPages, MAX_PAGES_PER_LISTING } from '../../tiflux/paging.js';
import { createAppointmentsApi } from '../../tiflux/resources/appointments.js';
import { defineTool } from '../define-tool.js';
import { appointmentRow, hours, money } from '../appointments/format.js';
import { ignoredUserFilterNote, resolveScope, scopeInput, scopeLine } from '../appointments/scope.js';
import { checkPeriod, dateParam } from '../shared/period.js';

const totalsOutput = () => ({
  minutes: z.number().int(),
  hours: z.string().describe('"12h30".'),
  appointments: z.number().int(),
  value: z.number().describe('Sum of the valued appointments, R$.'),
  manual_value: z.number().describe('Part of value that was typed by hand.'),
});

interface Totals {
  minutes: number;
  appointments: number;
  value: number;
  manual_value: number;
}

const empty = (): Totals => ({ minutes: 0, appointments: 0, value: 0, manual_value: 0 });
const round = (n: number) => Math.round(n * 100) / 100;
const shown = (t: Totals) => ({ ...t, hours: hours(t.minutes), value: round(t.value), manual_value: round(t.manual_value) });

export const listAppointmentsReport = defineTool({
  toolset: 'reports',
  name: 'list_appointments_report',
  title: 'Hours and value per technician',
  description:
    'Adds up the appointments (worked time) of a period (start_date, end_date: YYYY-MM-DD, both included) per ' +
    'technician, and per desk within each technician: hours, number of appointments and value (R$, from the ' +
    'valorization; manual values also shown apart). Every page of TiFlux\'s list is read, so the totals are ' +
    'complete. Filters: user_ids or user_names, desk_ids or desk_names (names resolved against every attendant ' +
    'and desk; ambiguous → error listing them). include_valorization (default true) is needed for values. For ' +
    'the individual appointments use list_appointments_global.',
  input: () => ({
    start_date: dateParam('First day of the period.'),
    end_date: dateParam('Last day of the period.'),
    ...scopeInput(),
    include_valorization: z.boolean().default(true).describe('Read the values too (default true).'),
  }),
  output: () => ({
    start_date: z.string(),
    end_date: z.string(),
    technicians: z.array(
      z.object({
        user_id: z.number().int().nullable(),
        user: z.string().nullable(),
        ...totalsOutput(),
        desks: z.array(z.object({ desk: z.string().nullable(), ...totalsOutput() })),
      }),
    ),
    total: z.object(totalsOutput()),
    complete: z.boolean().describe('False when the listing was cut at the page limit.'),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    checkPeriod({ name: 'start_date', value: args.start_date }, { name: 'end_date', value: args.end_date });
    const scope = await resolveScope(tiflux, args);
    const api = tiflux.use(createAppointmentsApi);
    let pages = 0;
    const rows = await collectAllPages((page) => {
      pages++;
      return api.listGlobal({
        start_date: args.start_date,
        end_date: args.end_date,
        user_ids: scope.user_ids,
        desk_ids: scope.desk_ids,
        include_valorization: args.include_valorization,
        ...page,
      });
    });
    const complete = pages < MAX_PAGES_PER_LISTING || rows.length < MAX_PAGES_PER_LISTING * 200;
    const byUser = new Map<string, { user_id: number | null; user: string | null; totals: Totals; desks: Map<string, Totals> }>();
    const total = empty();
    for (const item of rows) {
      const row = appointmentRow(item);
      const key = String(item.user?.id ?? row.user ?? '?');
      const entry = byUser.get(key) ?? { user_id: item.user?.id ?? null, user: row.user, totals: empty(), desks: new Map() };
      byUser.set(key, entry);
      const deskKey = row.desk ?? '(no desk)';
      const desk = entry.desks.get(deskKey) ?? empty();
      entry.desks.set(deskKey, desk);
      for (const t of [entry.totals, desk, total]) {
        t.minutes += row.minutes ?? 0;
        t.appointments += 1;
        t.value += row.value ?? 0;
        if (row.manual_value) t.manual_value += row.value ?? 0;
      }
    }
    const technicians = [...byUser.values()]
      .map((entry) => ({
        user_id: entry.user_id,
        user: entry.user,
        ...shown(entry.totals),
        desks: [...entry.desks.entries()].map(([desk, t]) => ({ desk, ...shown(t) })).sort((a, b) => b.minutes - a.minutes),
      }))
      .sort((a, b) => b.minutes - a.minutes || (a.user ?? '').localeCompare(b.user ?? ''));
    const filters = scopeLine(scope);
    const note = ignoredUserFilterNote(scope, rows.map((item) => item.user?.id));
    const lines = [`# Appointments ${args.start_date} to ${args.end_date}, per technician${filters ? ` · ${filters}` : ''}`];
    if (note) lines.push(note);
    if (!technicians.length) lines.push('', 'No appointments in this period.');
    else {
      lines.push('', '| technician | desk | hours | appointments | value |', '|---|---|---:|---:|---:|');
      for (const t of technicians) {
        lines.push(`| **${t.user ?? '—'}** | all | **${t.hours}** | ${t.appointments} | ${money(t.value)} |`);
        if (t.desks.length > 1 || scope.desk_ids) for (const d of t.desks) lines.push(`| | ${d.desk} | ${d.hours} | ${d.appointments} | ${money(d.value)} |`);
      }
      lines.push(`| **total** | | **${hours(total.minutes)}** | ${total.appointments} | ${money(total.value)} |`);
      if (total.manual_value) lines.push('', `Of the value, ${money(total.manual_value)} was typed by hand.`);
      if (!args.include_valorization) lines.push('', 'Values were not read (include_valorization false).');
    }
    if (!complete) lines.push('', `Only the first ${rows.length} appointments were read (page limit): narrow the period or filters for complete totals.`);
    return {
      text: lines.join('\n'),
      structured: { start_date: args.start_date, end_date: args.end_date, technicians, total: shown(total), complete },
    };
  },
});
