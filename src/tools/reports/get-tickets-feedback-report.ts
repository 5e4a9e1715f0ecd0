import * as z from 'zod';
import { TiFluxForbiddenError } from '../../tiflux/client.js';
import { createReportsApi } from '../../tiflux/resources/reports.js';
import type { TicketFeedback } from '../../tiflux/schemas/reports.js';
import { defineTool } from '../define-tool.js';
import { formatDateTime, inline, truncate } from '../format/text.js';
import { idListParam, limitParam, offsetParam } from '../shared/params.js';
import { checkPair, checkPeriod, dateParam, previousWindow } from '../shared/period.js';
import { ToolError } from '../tool-error.js';
import { delta, deltaOutput, deltaText } from './compare.js';

function num(value: string | number | null | undefined): number {
  const n = typeof value === 'number' ? value : Number(String(value ?? '').replace(',', '.'));
  return Number.isFinite(n) ? n : 0;
}

function summaryOf(report: TicketFeedback) {
  const s = report.summary ?? {};
  return {
    rating_average: num(s.rating_average),
    tickets_evaluated: num(s.tickets_evaluated),
    tickets_finished: num(s.tickets_finished),
    clients_evaluated: num(s.clients_evaluated),
    answers_percentage: num(s.answers_percentage),
  };
}

const METRICS = [
  ['rating_average', 'Average rating (1–5)'],
  ['tickets_evaluated', 'Tickets rated'],
  ['tickets_finished', 'Tickets finished'],
  ['clients_evaluated', 'Clients who rated'],
  ['answers_percentage', 'Response rate (%)'],
] as const;

export const getTicketsFeedbackReport = defineTool({
  toolset: 'reports',
  name: 'get_tickets_feedback_report',
  title: 'Ticket satisfaction (CSAT) report',
  description:
    'Ticket satisfaction (CSAT) for a period (start_date, end_date: YYYY-MM-DD; one day allowed) beside a ' +
    'comparison period (compare_start_date/compare_end_date; default: as many days just before): average rating, ' +
    'tickets rated and finished, clients who rated and response rate, each with Δ and Δ%. include_list adds the ' +
    'rated tickets of the period (paged). Needs an admin key or the reports permission.',
  input: () => ({
    start_date: dateParam('First day of the period.'),
    end_date: dateParam('Last day of the period (included).'),
    compare_start_date: dateParam('First day of the comparison period (with compare_end_date).').optional(),
    compare_end_date: dateParam('Last day of the comparison period (with compare_start_date).').optional(),
    include_list: z.boolean().default(false).describe('Also list the rated tickets of the period (default false).'),
    offset: offsetParam(),
    limit: limitParam(),
    responsible_ids: idListParam('Only tickets of these responsible attendants.'),
    department_ids: idListParam('Only these departments.'),
    technical_group_ids: idListParam('Only these technical groups.'),
  }),
  output: () => ({
    period: z.object({ start: z.string(), end: z.string() }),
    compare_period: z.object({ start: z.string(), end: z.string() }),
    metrics: z.array(z.object({ metric: z.string(), ...deltaOutput() })),
    tickets: z.array(
      z.object({
        ticket_number: z.string().nullable(),
        client: z.string().nullable(),
        responsible: z.string().nullable(),
        desk: z.string().nullable(),
        rating: z.number().nullable(),
        rated_at: z.string().nullable(),
        comments: z.string().nullable(),
      }),
    ),
    has_more: z.boolean(),
    next_offset: z.number().int().nullable(),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    checkPeriod({ name: 'start_date', value: args.start_date }, { name: 'end_date', value: args.end_date });
    checkPair({ name: 'compare_start_date', value: args.compare_start_date }, { name: 'compare_end_date', value: args.compare_end_date });
    const compare =
      args.compare_start_date && args.compare_end_date
        ? { start: args.compare_start_date, end: args.compare_end_date }
        : previousWindow(args.start_date, args.end_date);
    checkPeriod({ name: 'compare_start_date', value: compare.start }, { name: 'compare_end_date', value: compare.end });
    const filters = { responsible_ids: args.responsible_ids, department_ids: args.department_ids, technical_group_ids: args.technical_group_ids };
    const api = tiflux.use(createReportsApi);
    let now: TicketFeedback;
    let before: TicketFeedback;
    try {
      [now, before] = await Promise.all([
        api.ticketFeedback({ ...filters, start_date: args.start_date, end_date: args.end_date, tickets_list: args.include_list, offset: args.offset, limit: args.limit }),
        api.ticketFeedback({ ...filters, start_date: compare.start, end_date: compare.end }),
      ]);
    } catch (error) {
      if (error instanceof TiFluxForbiddenError && error.errorCode !== 40304) {
        throw new ToolError(
          'TiFlux refused the satisfaction report (HTTP 403): it needs an admin API key, or a user with permission to view reports.',
        );
      }
      throw error;
    }
    const current = summaryOf(now);
    const previous = summaryOf(before);
    const metrics = METRICS.map(([key]) => ({ metric: key, ...delta(current[key], previous[key]) }));
    const list = now.tickets_list ?? [];
    const tickets = list.map((item) => ({
      ticket_number: item.id == null ? null : String(item.id),
      client: item.client_name ?? null,
      responsible: item.responsible_name ?? null,
      desk: item.desk_name ?? null,
      rating: item.rating == null ? null : num(item.rating),
      rated_at: item.revised_in_time ?? null,
      comments: item.comments || null,
    }));
    // No total is sent: a full page may have a successor, and the rated count bounds it.
    const hasMore = args.include_list && list.length === args.limit && args.offset * args.limit < current.tickets_evaluated;
    const lines = [
      `# Ticket satisfaction ${args.start_date} – ${args.end_date} vs ${compare.start} – ${compare.end}`,
      '',
      '| metric | now | before | Δ |',
      '|---|---:|---:|---:|',
      ...METRICS.map(([, label], index) => {
        const m = metrics[index]!;
        return `| ${label} | ${m.current} | ${m.previous} | ${deltaText(m)} |`;
      }),
    ];
    if (current.tickets_evaluated === 0) lines.push('', 'No ticket of the period was rated.');
    if (args.include_list && tickets.length) {
      lines.push('', '## Rated tickets');
      for (const t of tickets) {
        lines.push(
          `- #${inline(t.ticket_number)} · ${t.rating ?? '—'}/5 · ${inline(t.client)} · ${inline(t.responsible)} · ${inline(t.desk)} · ${formatDateTime(t.rated_at)}` +
            (t.comments ? `\n  "${inline(truncate(t.comments, 200))}"` : ''),
        );
      }
      lines.push('', hasMore ? `More rated tickets: call again with offset ${args.offset + 1}.` : 'This is the last page of rated tickets.');
    }
    return {
      text: lines.join('\n'),
      structured: {
        period: { start: args.start_date, end: args.end_date },
        compare_period: compare,
        metrics,
        tickets,
        has_more: hasMore,
        next_offset: hasMore ? args.offset + 1 : null,
      },
    };
  },
});
