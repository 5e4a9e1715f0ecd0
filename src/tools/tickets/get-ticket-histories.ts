import * as z from 'zod';
import type { TicketHistory } from '../../tiflux/schemas/ticket-records.js';
import { defineTool } from '../define-tool.js';
import { renderList } from '../format/list.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { formatDateTime, inline, truncate } from '../format/text.js';
import { createTicketRecordsApi } from '../../tiflux/resources/ticket-records.js';
import { limitParam, offsetParam, ticketNumber } from '../shared/params.js';

/** A diff value as one short line: objects JSON-encoded, everything cut to 200 characters. */
const MAX_VALUE_LENGTH = 200;
/** Bound of the Markdown answer: entries past it are left out, with a note saying how to read them. */
const MAX_TEXT_LENGTH = 40_000;

function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return truncate(text.replace(/\s+/g, ' '), MAX_VALUE_LENGTH);
}

const changeOutput = () => z.object({ field: z.string(), old_value: z.string(), new_value: z.string() });
const entryOutput = () =>
  z.object({
    id: z.number().int().nullable(),
    action: z.string().nullable(),
    user: z.string().nullable(),
    created_at: z.string().nullable(),
    type: z.string().nullable(),
    operation: z.string().nullable(),
    changes: z.array(changeOutput()),
  });
type Entry = z.output<ReturnType<typeof entryOutput>>;

function entryOf(history: TicketHistory): Entry {
  const fields = history.changes?.fields ?? Object.keys(history.changes?.new_values ?? {});
  return {
    id: history.id ?? null,
    action: history.action ?? null,
    user: history.user?.name ?? null,
    created_at: history._created_at ?? null,
    type: history._type ?? null,
    operation: history._operation ?? null,
    changes: fields.map((field) => ({
      field,
      old_value: valueText(history.changes?.old_values?.[field]),
      new_value: valueText(history.changes?.new_values?.[field]),
    })),
  };
}

function entryHead(entry: Entry): string {
  const what = [entry.action, entry.operation && `(${entry.operation}${entry.type ? ` ${entry.type}` : ''})`].filter(Boolean).join(' ');
  return `- ${formatDateTime(entry.created_at)} · ${inline(entry.user)} · ${inline(what, 'event')}`;
}

const changeText = (change: Entry['changes'][number]) => `${change.field}: ${change.old_value} → ${change.new_value}`;

function entryMarkdown(entry: Entry): string {
  return [entryHead(entry), ...entry.changes.map((change) => `  - ${changeText(change)}`)].join('\n');
}

/** Compact: "- 2026-01-01 10:00 (-03:00) · Ana · update: status: open → closed; priority: (empty) → high" */
function entryLine(entry: Entry): string {
  return `${entryHead(entry)}${entry.changes.length ? `: ${entry.changes.map(changeText).join('; ')}` : ''}`;
}

export const getTicketHistories = defineTool({
  toolset: 'tickets',
  name: 'get_ticket_histories',
  title: 'Read the history of a ticket',
  description:
    'Event timeline of a TiFlux ticket with each change (old → new). history_of 0 = stages and ticket changes, 1 = ' +
    'appointments.',
  input: () => ({
    ticket_number: ticketNumber('Ticket number, e.g. "84429".'),
    history_of: z
      .number({
        error: (issue) =>
          issue.input === undefined ? 'is required: 0 (stages) or 1 (appointments)' : 'must be 0 (stages) or 1 (appointments)',
      })
      .int({ error: 'must be 0 (stages) or 1 (appointments)' })
      .min(0, { error: 'must be 0 (stages) or 1 (appointments)' })
      .max(1, { error: 'must be 0 (stages) or 1 (appointments)' })
      .describe('0 = stages, 1 = appointments.'),
    type_id_attr: z.number().int().positive().optional().describe('Attribute type id.'),
    operation: z
      .enum(['created', 'updated', 'deleted'])
      .optional()
      .describe('With history_of 1.'),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({
    ticket_number: z.string(),
    history_of: z.number().int(),
    entries: z.array(entryOutput()),
    entries_not_shown_in_text: z.number().int(),
    ...pageInfoOutput(),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const page = await tiflux.use(createTicketRecordsApi).histories(args.ticket_number, {
      history_of: args.history_of as 0 | 1,
      type_id_attr: args.type_id_attr,
      operation: args.operation,
      offset: args.offset,
      limit: args.limit,
    });
    const entries = page.items.map(entryOf);
    const info = pageInfoOf(page);
    const timeline = args.history_of === 0 ? 'stage history' : 'appointment history';
    if (!entries.length) {
      const text =
        info.offset > 1
          ? `No ${timeline} on page ${info.offset} of ticket #${args.ticket_number}; it ends before it.`
          : `Ticket #${args.ticket_number} has no ${timeline}${args.operation ? ` with operation "${args.operation}"` : ''}.`;
      return { text, structured: { ticket_number: args.ticket_number, history_of: args.history_of, entries, entries_not_shown_in_text: 0, ...info } };
    }
    const heading = `${timeline[0]!.toUpperCase()}${timeline.slice(1)} of ticket #${args.ticket_number}`;
    // The rich blocks decide what is shown, in both verbosities, so entries_not_shown_in_text does not depend on it.
    const rows: string[] = [];
    let length = heading.length + 2;
    for (const entry of entries) {
      const block = entryMarkdown(entry);
      if (length + block.length > MAX_TEXT_LENGTH) break;
      rows.push(block);
      length += block.length + 1;
    }
    const hidden = entries.length - rows.length;
    const footer = hidden > 0 ? [`[${hidden} more entries of this page are left out to keep the answer short: call again with a smaller limit.]`] : [];
    const compactRows = entries.slice(0, rows.length).map(entryLine);
    return {
      text: renderList({ heading, rows, compactRows, footer, info, plural: 'entries' }, verbosity),
      structured: { ticket_number: args.ticket_number, history_of: args.history_of, entries, entries_not_shown_in_text: hidden, ...info },
    };
  },
});
