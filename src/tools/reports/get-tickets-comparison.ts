import * as z from 'zod';
import { createReportsApi, type TicketAggregateQuery } from '../../tiflux/resources/reports.js';
import { defineTool } from '../define-tool.js';
import { emailParam, idListParam, nameParam } from '../shared/params.js';
import { checkPair, checkPeriod, dateTimeParam } from '../shared/period.js';
import { resolveClient, resolveDesk } from '../names/resolvers.js';
import { settleAll } from '../names/settle-all.js';
import { delta, deltaOutput, deltaText } from './compare.js';

function previousWindow(start: string, end: string): { start: string; end: string } {
  const from = Date.parse(start);
  const to = Date.parse(end);
  // The window just before, of the same length, ending one second before the period starts (docs/reports.md).
  const previousEnd = from - 1000;
  return { start: new Date(previousEnd - (to - from)).toISOString(), end: new Date(previousEnd).toISOString() };
}

export const getTicketsComparison = defineTool({
  toolset: 'reports',
  name: 'get_tickets_comparison',
  title: 'Compare ticket counts between two periods',
  description:
    'Counts tickets in a period and in a comparison period, per bucket (group_by), with Δ and Δ%. Without ' +
    'compare_start_datetime/compare_end_datetime the comparison is the same-length window just before. date_type ' +
    'created_at counts opened tickets, solved_in_time solved ones (filter_by then defaults to closed). Every filter ' +
    'argument narrows both periods.',
  input: () => ({
    start_datetime: dateTimeParam('Start of the period.'),
    end_datetime: dateTimeParam('End of the period.'),
    compare_start_datetime: dateTimeParam('Start of the comparison period (with compare_end_datetime).').optional(),
    compare_end_datetime: dateTimeParam('End of the comparison period (with compare_start_datetime).').optional(),
    group_by: z.enum(['day', 'week', 'month', 'desk']).default('month').describe('Buckets: day, week, month (default) or desk.'),
    date_type: z.enum(['created_at', 'solved_in_time']).default('created_at').describe('Count by opening date (default) or solving date.'),
    filter_by: z.enum(['open', 'closed', 'canceled', 'all']).optional().describe('Ticket status; default all (closed with solved_in_time).'),
    desk_ids: idListParam('Only these desks.'),
    desk_name: nameParam('One desk by name instead of desk_ids.').optional(),
    client_ids: idListParam('Only these clients.'),
    client_name: nameParam('One client by name instead of client_ids.').optional(),
    responsible_ids: idListParam('Only these responsible attendants.'),
    priority_ids: idListParam('Only these priorities.'),
    services_catalogs_item_ids: idListParam('Only these catalogue items.'),
    requestor_email: emailParam('Only tickets of this requestor.').optional(),
  }),
  output: () => ({
    period: z.object({ start: z.string(), end: z.string() }),
    compare_period: z.object({ start: z.string(), end: z.string() }),
    group_by: z.string(),
    date_type: z.string(),
    filter_by: z.string(),
    total: z.object(deltaOutput()),
    buckets: z.array(z.object({ period: z.string(), previous_period: z.string().nullable(), ...deltaOutput() })),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    checkPeriod({ name: 'start_datetime', value: args.start_datetime }, { name: 'end_datetime', value: args.end_datetime }, true);
    checkPair({ name: 'compare_start_datetime', value: args.compare_start_datetime }, { name: 'compare_end_datetime', value: args.compare_end_datetime });
    const compare =
      args.compare_start_datetime && args.compare_end_datetime
        ? { start: args.compare_start_datetime, end: args.compare_end_datetime }
        : previousWindow(args.start_datetime, args.end_datetime);
    checkPeriod({ name: 'compare_start_datetime', value: compare.start }, { name: 'compare_end_datetime', value: compare.end }, true);
    const filterBy = args.filter_by ?? (args.date_type === 'solved_in_time' ? 'closed' : 'all');
    const [desk, client] = await settleAll([
      args.desk_ids === undefined && args.desk_name ? resolveDesk(tiflux, args.desk_name) : undefined,
      args.client_ids === undefined && args.client_name ? resolveClient(tiflux, args.client_name) : undefined,
    ] as const);
    const common: Omit<TicketAggregateQuery, 'start_datetime' | 'end_datetime'> = {
      group_by: args.group_by,
      date_type: args.date_type,
      filter_by: filterBy,
      desk_ids: args.desk_ids ?? (desk ? String(desk.id) : undefined),
      client_ids: args.client_ids ?? (client ? String(client.id) : undefined),
      responsible_ids: args.responsible_ids,
      priority_ids: args.priority_ids,
      services_catalogs_item_ids: args.services_catalogs_item_ids,
      requestor_email: args.requestor_email,
    };
    const api = tiflux.use(createReportsApi);
    // Independent reads: both periods at once.
    const [now, before] = await Promise.all([
      api.ticketCounts({ ...common, start_datetime: args.start_datetime, end_datetime: args.end_datetime }),
      api.ticketCounts({ ...common, start_datetime: compare.start, end_datetime: compare.end }),
    ]);
    let buckets;
    if (args.group_by === 'desk') {
      // Desk buckets are joined by desk name; a desk missing on one side counts 0 there.
      const names = [...new Set([...now.buckets, ...before.buckets].map((b) => b.period))];
      const count = (list: typeof now.buckets, name: string) => list.find((b) => b.period === name)?.count ?? 0;
      buckets = names
        .map((name) => ({ period: name, previous_period: name, ...delta(count(now.buckets, name), count(before.buckets, name)) }))
        .sort((a, b) => b.current - a.current || a.period.localeCompare(b.period));
    } else {
      // Time buckets are paired by position (1st month with 1st month…), the shorter side padded with 0.
      const sorted = (list: typeof now.buckets) => [...list].sort((a, b) => a.period.localeCompare(b.period));
      const current = sorted(now.buckets);
      const previous = sorted(before.buckets);
      buckets = Array.from({ length: Math.max(current.length, previous.length) }, (_, index) => ({
        period: current[index]?.period ?? `(${index + 1})`,
        previous_period: previous[index]?.period ?? null,
        ...delta(current[index]?.count ?? 0, previous[index]?.count ?? 0),
      }));
    }
    const total = delta(now.total, before.total);
    const scope = [desk && `desk ${desk.name}`, client && `client ${client.name}`].filter(Boolean).join(' · ');
    const lines = [
      `# Tickets ${args.start_datetime} – ${args.end_datetime} vs ${compare.start} – ${compare.end}`,
      `${args.date_type === 'created_at' ? 'Opened' : 'Solved'} · status ${filterBy}${args.filter_by ? '' : ' (default)'} · by ${args.group_by}${scope ? ` · ${scope}` : ''}`,
      '',
      `| ${args.group_by} | now | before | Δ |`,
      '|---|---:|---:|---:|',
      ...buckets.map((b) => `| ${b.period}${b.previous_period && b.previous_period !== b.period ? ` (vs ${b.previous_period})` : ''} | ${b.current} | ${b.previous} | ${deltaText(b)} |`),
      `| **total** | **${total.current}** | **${total.previous}** | **${deltaText(total)}** |`,
    ];
    if (total.current === 0 && total.previous === 0) {
      lines.push('', `No tickets match in either period with status ${filterBy} and date_type ${args.date_type}: widen the periods or drop a filter.`);
    }
    return {
      text: lines.join('\n'),
      structured: {
        period: { start: args.start_datetime, end: args.end_datetime },
        compare_period: compare,
        group_by: args.group_by,
        date_type: args.date_type,
        filter_by: filterBy,
        total,
        buckets,
      },
    };
  },
});
