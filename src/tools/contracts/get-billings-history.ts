import * as z from 'zod';
import { isCalendarDay } from '../shared/period.js';
import { collectAllPages } from '../../tiflux/paging.js';
import { createContractsApi, type BillingFilters } from '../../tiflux/resources/contracts.js';
import type { Billing } from '../../tiflux/schemas/commercial.js';
import { defineTool } from '../define-tool.js';
import { renderList } from '../format/list.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { inline } from '../format/text.js';
import { resolveClient } from '../names/resolvers.js';
import { idParam, limitParam, nameParam, offsetParam, ticketNumber } from '../shared/params.js';
import { ToolError } from '../tool-error.js';
import { formatCents, toCents } from './money.js';

const dateParam = (description: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date as YYYY-MM-DD, e.g. "2026-04-01"' })
    .refine((value) => isCalendarDay(value), { error: 'is not a real date' })
    .optional()
    .describe(description);

const STATUS = ['billed', 'reversed', 'paid'] as const;
type Status = (typeof STATUS)[number];

/** The status column TiFlux's data implies: a reversal first, then paid, else billed (open). */
const statusOf = (billing: Billing): Status => (billing.reversal ? 'reversed' : billing.paid ? 'paid' : 'billed');

function billingOutput() {
  return z.object({
    billing_id: z.number().int(),
    billing_date: z.string().nullable(),
    due_date: z.string().nullable(),
    client_id: z.number().int().nullable(),
    client_name: z.string().nullable(),
    nfe_number: z.string().nullable(),
    real_value: z.string().nullable().describe('As TiFlux sends it; positive even for a reversal.'),
    value_cents: z.number().int().nullable(),
    paid: z.boolean(),
    reversal: z.boolean(),
    status: z.enum(STATUS),
  });
}
type BillingRow = z.output<ReturnType<typeof billingOutput>>;

function totalsOutput() {
  return z.object({
    records: z.number().int(),
    billed_cents: z.number().int().describe('Everything billed, reversals excluded.'),
    paid_cents: z.number().int(),
    open_cents: z.number().int().describe('Billed, not yet confirmed as paid.'),
    reversals: z.number().int(),
    reversed_cents: z.number().int().describe('Not counted in billed_cents.'),
    whole_history: z.boolean().describe('true: over every matching record; false: this page only.'),
  });
}
type Totals = z.output<ReturnType<typeof totalsOutput>>;

function rowOf(billing: Billing): BillingRow {
  const cents = toCents(billing.real_value);
  return {
    billing_id: billing.billing_id,
    billing_date: billing.billing_date ?? null,
    due_date: billing.due_date ?? null,
    client_id: billing.client_id ?? null,
    client_name: billing.client_name ?? null,
    nfe_number: billing.nfe_number === null || billing.nfe_number === undefined ? null : String(billing.nfe_number),
    real_value: billing.real_value === null || billing.real_value === undefined ? null : String(billing.real_value),
    value_cents: cents ?? null,
    paid: billing.paid === true,
    reversal: billing.reversal === true,
    status: statusOf(billing),
  };
}

function totalsOf(rows: readonly BillingRow[], wholeHistory: boolean): Totals {
  const totals: Totals = { records: rows.length, billed_cents: 0, paid_cents: 0, open_cents: 0, reversals: 0, reversed_cents: 0, whole_history: wholeHistory };
  for (const row of rows) {
    const cents = row.value_cents ?? 0;
    if (row.status === 'reversed') {
      totals.reversals += 1;
      totals.reversed_cents += cents;
      continue;
    }
    totals.billed_cents += cents;
    if (row.status === 'paid') totals.paid_cents += cents;
    else totals.open_cents += cents;
  }
  return totals;
}

const STATUS_WORDS: Record<Status, string> = { billed: 'open', paid: 'paid', reversed: 'reversed (not counted)' };

function line(row: BillingRow): string {
  return [
    `- ${row.billing_date ?? '?'}`,
    `**${row.value_cents === null ? inline(row.real_value) : formatCents(row.value_cents)}**`,
    inline(row.client_name),
    row.nfe_number ? `NF-e ${row.nfe_number}` : 'no NF-e',
    `due ${row.due_date ?? '?'}`,
    STATUS_WORDS[row.status],
    `billing ${row.billing_id}`,
  ].join(' · ');
}

function totalsLine(totals: Totals): string {
  const scope = totals.whole_history ? `all ${totals.records} matching records` : `the ${totals.records} records on this page`;
  const reversals = totals.reversals
    ? `; ${totals.reversals} reversal${totals.reversals === 1 ? '' : 's'} of ${formatCents(totals.reversed_cents)} not counted`
    : '';
  return `Totals over ${scope}: billed ${formatCents(totals.billed_cents)} (paid ${formatCents(totals.paid_cents)}, open ${formatCents(totals.open_cents)})${reversals}.`;
}

function checkPair(start: string | undefined, end: string | undefined, prefix: string): void {
  if ((start === undefined) !== (end === undefined)) {
    throw new ToolError(`${prefix}_start_date and ${prefix}_end_date go together: give both (YYYY-MM-DD, inclusive) or neither.`);
  }
  if (start && end && start > end) throw new ToolError(`${prefix}_start_date ${start} is after ${prefix}_end_date ${end}.`);
}

export const getBillingsHistory = defineTool({
  toolset: 'contracts',
  name: 'get_billings_history',
  title: 'Billing history',
  description:
    'Lists what was billed to clients (contracts and loose services): date, value, client, NF-e, due date, status ' +
    '(open; paid = confirmed by the financial integration; reversed), and totals over all matching records, not ' +
    'just the page. Reversals stay positive and are NOT in the totals. Needs TiFlux\'s "Faturar serviços avulsos e ' +
    'contratos" permission and a Tickets licence.',
  input: () => ({
    billing_start_date: dateParam('Billed on or after (YYYY-MM-DD); needs billing_end_date.'),
    billing_end_date: dateParam('Billed on or before (YYYY-MM-DD); needs billing_start_date.'),
    due_start_date: dateParam('Due on or after (YYYY-MM-DD); needs due_end_date.'),
    due_end_date: dateParam('Due on or before (YYYY-MM-DD); needs due_start_date.'),
    client_id: idParam('Only this client. Wins over client_name.').optional(),
    client_name: nameParam('Only this client, by name.').optional(),
    nfe_number: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().describe('Only this NF-e number.'),
    ticket_number: ticketNumber('Only this ticket\'s billings.').optional(),
    type: z.enum(STATUS).optional().describe('billed (open), reversed or paid.'),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({ billings: z.array(billingOutput()), totals: totalsOutput(), ...pageInfoOutput() }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    checkPair(args.billing_start_date, args.billing_end_date, 'billing');
    checkPair(args.due_start_date, args.due_end_date, 'due');
    const client =
      args.client_id !== undefined ? { id: args.client_id, name: undefined } : args.client_name !== undefined ? await resolveClient(tiflux, args.client_name) : undefined;
    const api = tiflux.use(createContractsApi);
    const filters: BillingFilters = {
      billing_start_date: args.billing_start_date, billing_end_date: args.billing_end_date,
      due_start_date: args.due_start_date, due_end_date: args.due_end_date,
      client_id: client?.id, nfe_number: args.nfe_number, ticket_number: args.ticket_number, type: args.type,
    };
    const page = await api.billingsHistory({ ...filters, offset: args.offset, limit: args.limit });
    const rows = page.items.map(rowOf);
    const info = pageInfoOf(page);
    // One page holds it all unless TiFlux says there is more; then the totals read every page.
    const wholeOnPage = info.offset === 1 && !info.has_more;
    const everything = wholeOnPage ? rows : (await collectAllPages((request) => api.billingsHistory({ ...filters, ...request }))).map(rowOf);
    const totals = totalsOf(everything, info.total === null || everything.length >= info.total);
    const scope = [
      client ? `client ${client.name ?? client.id}` : '',
      args.billing_start_date ? `billed ${args.billing_start_date} – ${args.billing_end_date}` : '',
      args.due_start_date ? `due ${args.due_start_date} – ${args.due_end_date}` : '',
      args.nfe_number !== undefined ? `NF-e ${args.nfe_number}` : '',
      args.ticket_number !== undefined ? `ticket #${args.ticket_number}` : '',
      args.type ? `type ${args.type}` : '',
    ].filter(Boolean).join(', ');
    const heading = `Billing history${scope ? ` (${scope})` : ''}`;
    const text = rows.length
      ? renderList({ heading, rows: rows.map(line), footer: [totalsLine(totals)], info, plural: 'billings' }, verbosity)
      : totals.records
        ? `No billings on page ${info.offset}: the ${totals.records} billings end before it.`
        : `No billings${scope ? ` (${scope})` : ''}.`;
    return { text, structured: { billings: rows, totals, ...info } };
  },
});
