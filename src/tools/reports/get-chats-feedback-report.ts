import * as z from 'zod';
import { TiFluxForbiddenError } from '../../tiflux/client.js';
import type { ChatFeedbackReport } from '../../tiflux/schemas/chats.js';
import { createChatFeedbackReportApi } from '../../tiflux/resources/chat-feedback-report.js';
import { defineTool } from '../define-tool.js';
import { formatDateTime, inline } from '../format/text.js';
import { idListParam, limitParam, offsetParam } from '../shared/params.js';
import { isCalendarDay, previousWindow } from '../shared/period.js';
import { ToolError } from '../tool-error.js';

function dateParam(description: string) {
  return z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date as YYYY-MM-DD, e.g. "2026-11-01"' })
    .refine((value) => isCalendarDay(value), { error: 'is not a real date' })
    .describe(description);
}

function summaryOf(report: ChatFeedbackReport) {
  const source = report.summary ?? report;
  const number = (value: unknown) => {
    const parsed = typeof value === 'string' ? Number(value) : value;
    return typeof parsed === 'number' && Number.isFinite(parsed) ? parsed : null;
  };
  return {
    rating_average: number(source.rating_average),
    chats_evaluated: number(source.chats_evaluated),
    chats_finished: number(source.chats_finished),
    clients_evaluated: number(source.clients_evaluated),
    answers_percentage: number(source.answers_percentage),
  };
}

type Summary = ReturnType<typeof summaryOf>;
const summaryOutput = () =>
  z.object({
    start_date: z.string(),
    end_date: z.string(),
    rating_average: z.number().nullable(),
    chats_evaluated: z.number().nullable(),
    chats_finished: z.number().nullable(),
    clients_evaluated: z.number().nullable(),
    answers_percentage: z.number().nullable(),
  });

function delta(current: number | null, previous: number | null): string {
  if (current === null || previous === null) return '';
  const change = Math.round((current - previous) * 100) / 100;
  const percent = previous !== 0 ? ` (${change >= 0 ? '+' : ''}${Math.round((change / previous) * 1000) / 10}%)` : '';
  return ` · Δ ${change >= 0 ? '+' : ''}${change}${percent}`;
}

export const getChatsFeedbackReport = defineTool({
  toolset: 'reports',
  name: 'get_chats_feedback_report',
  title: 'Chat satisfaction (CSAT) report',
  description:
    'Chat satisfaction from start_date to end_date against the previous period of equal length (or ' +
    'compare_start_date/compare_end_date): average rating (1–5), chats rated and finished, clients who rated, ' +
    'answer rate, and the change. include_list adds the rated chats. Needs an admin key or the reports permission.',
  input: () => ({
    start_date: dateParam('First day, YYYY-MM-DD.'),
    end_date: dateParam('Last day, YYYY-MM-DD, included.'),
    compare_start_date: dateParam('Comparison start; with compare_end_date.').optional(),
    compare_end_date: dateParam('Comparison end; with compare_start_date.').optional(),
    include_list: z.boolean().default(false).describe('true: list the rated chats too.'),
    offset: offsetParam(),
    limit: limitParam(),
    responsible_ids: idListParam('Only these attendants.'),
    department_ids: idListParam('Only these departments.'),
    technical_group_ids: idListParam('Only these attendant groups.'),
  }),
  output: () => ({
    period: summaryOutput(),
    previous: summaryOutput(),
    chats: z.array(
      z.object({
        id: z.number().int(),
        client_name: z.string().nullable(),
        responsible_name: z.string().nullable(),
        rating: z.number().nullable(),
        rating_time: z.string().nullable(),
        ticket_number: z.string().nullable(),
      }),
    ),
    has_more: z.boolean(),
    next_offset: z.number().int().nullable(),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    if (args.end_date < args.start_date) throw new ToolError('end_date must be on or after start_date.');
    if ((args.compare_start_date === undefined) !== (args.compare_end_date === undefined)) {
      throw new ToolError('Give both compare_start_date and compare_end_date, or neither (the previous period is then used).');
    }
    if (args.compare_start_date && args.compare_end_date && args.compare_end_date < args.compare_start_date) {
      throw new ToolError('compare_end_date must be on or after compare_start_date.');
    }
    const compare = args.compare_start_date
      ? { start: args.compare_start_date, end: args.compare_end_date! }
      : previousWindow(args.start_date, args.end_date);
    const filters = {
      responsible_ids: args.responsible_ids,
      department_ids: args.department_ids,
      technical_group_ids: args.technical_group_ids,
    };
    const api = tiflux.use(createChatFeedbackReportApi);
    let current: ChatFeedbackReport;
    let previous: ChatFeedbackReport;
    try {
      current = await api.read({
        start_date: args.start_date,
        end_date: args.end_date,
        ...(args.include_list ? { chats_list: true, offset: args.offset, limit: args.limit } : {}),
        ...filters,
      });
      previous = await api.read({ start_date: compare.start, end_date: compare.end, ...filters });
    } catch (error) {
      if (error instanceof TiFluxForbiddenError) {
        throw new ToolError(`${error.userMessage} The chat satisfaction report needs an admin key or TiFlux's reports permission.`);
      }
      throw error;
    }
    const period = { start_date: args.start_date, end_date: args.end_date, ...summaryOf(current) };
    const before = { start_date: compare.start, end_date: compare.end, ...summaryOf(previous) };
    const chats = (current.chats_list ?? []).map((chat) => ({
      id: chat.id,
      client_name: chat.client_name ?? null,
      responsible_name: chat.responsible_name ?? null,
      rating: chat.rating === null || chat.rating === undefined ? null : Number(chat.rating),
      rating_time: chat.rating_time ?? null,
      ticket_number: chat.ticket_number === null || chat.ticket_number === undefined ? null : String(chat.ticket_number),
    }));
    // No total is sent: a full page may have a successor (and the rated count says how many there are).
    const hasMore = args.include_list && (chats.length === args.limit || (period.chats_evaluated ?? 0) > args.offset * args.limit);
    const row = (label: string, key: keyof Summary, unit = '') =>
      `- ${label}: ${period[key] ?? '—'}${unit} (before: ${before[key] ?? '—'}${unit})${delta(period[key], before[key])}`;
    const lines = [
      `# Chat satisfaction ${args.start_date} → ${args.end_date} (compared with ${compare.start} → ${compare.end})`,
      row('Average rating', 'rating_average', '/5'),
      row('Chats rated', 'chats_evaluated'),
      row('Chats finished', 'chats_finished'),
      row('Clients who rated', 'clients_evaluated'),
      row('Answer rate', 'answers_percentage', '%'),
    ];
    if (args.include_list) {
      lines.push('', chats.length ? '## Rated chats' : 'No rated chats on this page.');
      for (const chat of chats) {
        lines.push(
          `- Chat ${chat.id} · ${inline(chat.client_name)} · ${inline(chat.responsible_name)} · rated ${chat.rating ?? '—'}/5 · ` +
            `${formatDateTime(chat.rating_time)}${chat.ticket_number ? ` · ticket #${chat.ticket_number}` : ''}`,
        );
      }
      if (hasMore) lines.push(`More rated chats: call again with offset ${args.offset + 1}.`);
    }
    return {
      text: lines.join('\n'),
      structured: { period, previous: before, chats, has_more: hasMore, next_offset: hasMore ? args.offset + 1 : null },
    };
  },
});
