import * as z from 'zod';
import { MAX_IDS_PER_FILTER, type TiFluxClient } from '../../tiflux/client.js';
import { defineTool, type ArgsOf } from '../define-tool.js';
import { renderList } from '../format/list.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { summariseTicket, ticketListEntry, ticketCompactEntry, ticketSummaryOutput } from '../format/ticket.js';
import { resolveClient, resolveDesk, resolveResponsible, resolveStage, type ResolvedName } from '../names/resolvers.js';
import { rankByName } from '../names/match-names.js';
import { resolvePriority } from '../names/priorities.js';
import { settleAll } from '../names/settle-all.js';
import { emailParam, idListParam, limitParam, nameParam, offsetParam } from '../shared/params.js';
import { checkPeriod, dateTimeParam } from '../shared/period.js';
import { ToolError } from '../tool-error.js';
import { createReportsApi } from '../../tiflux/resources/reports.js';

const FILTERS = [
  'desk_ids',
  'desk_name',
  'client_ids',
  'client_name',
  'stage_ids',
  'stage_name',
  'responsible_ids',
  'responsible_name',
  // Added after the original (docs/tickets.md): any of these also scopes the listing.
  'requestor_ids',
  'requestor_email',
  'priority_ids',
  'services_catalogs_item_ids',
  'start_datetime',
  'end_datetime',
  'sla_expiring_before',
  'group_by',
  'priority_name',
  'catalog_query',
] as const;

/** Adds a resolved id to a comma-separated list, keeping TiFlux's 15-id cap. */
function withId(list: string | undefined, resolved: ResolvedName | undefined, field: string): string | undefined {
  if (!resolved) return list;
  const ids = new Set(list ? list.split(',') : []);
  ids.add(String(resolved.id));
  if (ids.size > MAX_IDS_PER_FILTER) {
    throw new ToolError(`${field} plus the id found by name hold more than ${MAX_IDS_PER_FILTER} ids; split the search.`);
  }
  return [...ids].join(',');
}

/** The one desk a desk-scoped name needs (stage names repeat from desk to desk, "To do"…), or `refusal`. */
function singleDesk(deskIds: string | undefined, refusal: string): number {
  const ids = deskIds ? deskIds.split(',') : [];
  if (ids.length !== 1) throw new ToolError(refusal);
  return Number(ids[0]);
}

const deskForStage = (deskIds: string | undefined) =>
  singleDesk(
    deskIds,
    'stage_name needs exactly one desk, because every desk has its own stages: add desk_name, or desk_ids with ' +
      'a single id (or pass stage_ids; search_stage lists the stages of a desk).',
  );

const deskForPriority = (deskIds: string | undefined) =>
  singleDesk(
    deskIds,
    'priority_name needs exactly one desk, because every desk has its own priorities: add desk_name, or desk_ids with a single id (or pass priority_ids).',
  );

/**
 * catalog_query: every catalogue item of the one desk whose item, area or catalogue name matches (all pages,
 * cached). More than TiFlux's 15-id cap is refused rather than silently cut (docs/tickets.md).
 */
async function catalogItemsMatching(tiflux: TiFluxClient, deskIds: string | undefined, query: string): Promise<ResolvedName[]> {
  const deskId = singleDesk(deskIds, 'catalog_query needs exactly one desk: add desk_name, or desk_ids with a single id.');
  const all = await tiflux.lookups.catalogItems(deskId);
  const matches = rankByName(query, all, (item) => [item.name, item.area?.name ?? item.area_name, item.catalog?.name]).map(({ item }) => item);
  if (!matches.length) throw new ToolError(`No catalogue item of desk ${deskId} matches catalog_query "${query}"; search_catalog_item lists them.`);
  if (matches.length > MAX_IDS_PER_FILTER) {
    throw new ToolError(
      `catalog_query "${query}" matches ${matches.length} catalogue items, more than the ${MAX_IDS_PER_FILTER} TiFlux can filter on: ` +
        'use a more specific query, or services_catalogs_item_ids.',
    );
  }
  return matches.map((item) => ({ id: item.id, name: item.name }));
}

async function resolveNames(tiflux: TiFluxClient, args: Partial<Record<(typeof FILTERS)[number], string>>) {
  const [desk, client, responsible] = await settleAll([
    args.desk_name ? resolveDesk(tiflux, args.desk_name) : undefined,
    args.client_name ? resolveClient(tiflux, args.client_name) : undefined,
    args.responsible_name ? resolveResponsible(tiflux, args.responsible_name) : undefined,
  ]);
  const deskIds = withId(args.desk_ids, desk, 'desk_ids');
  const [stage, priority, items] = await settleAll([
    args.stage_name ? resolveStage(tiflux, deskForStage(deskIds), args.stage_name) : undefined,
    args.priority_name ? resolvePriority(tiflux, deskForPriority(deskIds), args.priority_name) : undefined,
    args.catalog_query ? catalogItemsMatching(tiflux, deskIds, args.catalog_query) : undefined,
  ]);
  let itemIds = args.services_catalogs_item_ids;
  for (const item of items ?? []) itemIds = withId(itemIds, item, 'services_catalogs_item_ids');
  return {
    priority_ids: withId(args.priority_ids, priority, 'priority_ids'),
    services_catalogs_item_ids: itemIds,
    desk_ids: deskIds,
    client_ids: withId(args.client_ids, client, 'client_ids'),
    stage_ids: withId(args.stage_ids, stage, 'stage_ids'),
    responsible_ids: withId(args.responsible_ids, responsible, 'responsible_ids'),
    /** What the names resolved to, echoed so the model can check it ("desk Suporte N1 (12)"). */
    resolved: [
      desk && `desk ${desk.name} (${desk.id})`,
      client && `client ${client.name} (${client.id})`,
      stage && `stage ${stage.name} (${stage.id})`,
      responsible && `responsible ${responsible.name} (${responsible.id})`,
      priority && `priority ${priority.name} (${priority.id})`,
      items && `catalogue items matching "${args.catalog_query}" (${items.map((item) => item.id).join(', ')})`,
    ].filter((entry): entry is string => Boolean(entry)),
  };
}

const input = () => ({
  desk_ids: idListParam('Desk ids.'),
  desk_name: nameParam('Desk name (name or display name).').optional(),
  client_ids: idListParam('Client ids (search_client finds them).'),
  client_name: nameParam('Client name.').optional(),
  stage_ids: idListParam('Stage ids (search_stage lists a desk\'s stages).'),
  stage_name: nameParam('Stage name; needs desk_name or a single desk_ids.').optional(),
  responsible_ids: idListParam('Responsible attendant ids (search_user finds them).'),
  responsible_name: nameParam('Responsible attendant name or e-mail.').optional(),
  is_closed: z.boolean().default(false).describe('false (default): open tickets; true: closed tickets.'),
  requestor_ids: idListParam('Requestor ids.'),
  requestor_email: emailParam('Requestor e-mail.').optional(),
  priority_ids: idListParam('Priority ids.'),
  priority_name: nameParam('Priority name (one desk).').optional(),
  catalog_query: nameParam('Catalogue item, area or catalogue name (one desk).').optional(),
  services_catalogs_item_ids: idListParam('Catalogue item ids.'),
  filter_by: z.enum(['open', 'closed', 'canceled', 'all']).optional().describe('Status, instead of is_closed.'),
  date_type: z.enum(['created_at', 'solved_in_time']).optional().describe('Date the period filters (default created_at).'),
  start_datetime: dateTimeParam('From.').optional(),
  end_datetime: dateTimeParam('Until.').optional(),
  sla_expiring_before: dateTimeParam('Open tickets whose SLA expires before this.').optional(),
  group_by: z
    .enum(['day', 'week', 'month', 'desk'])
    .optional()
    .describe('Count per day, week, month or desk instead of listing.'),
  offset: offsetParam(),
  limit: limitParam(),
});
type ListArgs = ArgsOf<ReturnType<typeof input>>;

/** Calendar labels between two instants, for zero-filling day and month buckets (days capped at 366). */
function labelsBetween(groupBy: 'day' | 'month', start: string, end: string): string[] {
  const labels: string[] = [];
  const cursor = new Date(Date.parse(start.slice(0, 10) + 'T00:00:00Z'));
  const last = end.slice(0, groupBy === 'day' ? 10 : 7);
  while (labels.length < 366) {
    const label = cursor.toISOString().slice(0, groupBy === 'day' ? 10 : 7);
    if (label > last) break;
    labels.push(label);
    if (groupBy === 'day') cursor.setUTCDate(cursor.getUTCDate() + 1);
    else cursor.setUTCMonth(cursor.getUTCMonth() + 1, 1);
  }
  return labels;
}

async function countTickets(
  tiflux: TiFluxClient,
  args: ListArgs,
  filters: Awaited<ReturnType<typeof resolveNames>>,
  filterBy: 'open' | 'closed' | 'canceled' | 'all' | undefined,
) {
  const groupBy = args.group_by!;
  const counts = await tiflux.use(createReportsApi).ticketCounts({
    group_by: groupBy,
    date_type: args.date_type,
    filter_by: filterBy,
    is_closed: args.is_closed,
    start_datetime: args.start_datetime,
    end_datetime: args.end_datetime,
    desk_ids: filters.desk_ids,
    client_ids: filters.client_ids,
    stage_ids: filters.stage_ids,
    responsible_ids: filters.responsible_ids,
    requestor_ids: args.requestor_ids,
    requestor_email: args.requestor_email,
    priority_ids: filters.priority_ids,
    services_catalogs_item_ids: filters.services_catalogs_item_ids,
    sla_expiring_before: args.sla_expiring_before,
  });
  let buckets = counts.buckets.map((bucket) => ({ period: bucket.period, count: bucket.count }));
  // TiFlux leaves out empty periods; between a known start and end, days and months are filled with 0.
  if ((groupBy === 'day' || groupBy === 'month') && args.start_datetime && args.end_datetime) {
    const byLabel = new Map(buckets.map((bucket) => [bucket.period, bucket.count]));
    const labels = labelsBetween(groupBy, args.start_datetime, args.end_datetime);
    const extra = buckets.filter((bucket) => !labels.includes(bucket.period));
    buckets = [...labels.map((period) => ({ period, count: byLabel.get(period) ?? 0 })), ...extra];
  }
  const state = filterBy === 'all' ? 'open, closed and canceled' : filterBy ?? (args.is_closed ? 'closed' : 'open');
  const text = [
    `# ${counts.total} ${state} tickets per ${groupBy}${args.date_type === 'solved_in_time' ? ' (by solving date)' : ''}` +
      (filters.resolved.length ? ` (${filters.resolved.join(', ')})` : ''),
    '',
    `| ${groupBy} | tickets |`,
    '|---|---:|',
    ...buckets.map((bucket) => `| ${bucket.period} | ${bucket.count} |`),
    `| **total** | **${counts.total}** |`,
  ].join('\n');
  return {
    text,
    structured: {
      tickets: [],
      offset: 1,
      limit: buckets.length || 1,
      total: counts.total,
      has_more: false,
      next_offset: null,
      group_by: groupBy,
      buckets,
    },
  };
}

export const listTickets = defineTool({
  toolset: 'tickets',
  name: 'list_tickets',
  title: 'List tickets',
  description:
    'Lists TiFlux tickets matching filters, in the order TiFlux returns them, with the total and paging. ' +
    'At least one filter is required: desk, client, stage or responsible, each by ids (comma-separated, max 15) ' +
    'or by name (accent- and case-insensitive; an ambiguous name returns the candidates with their ids). ' +
    'stage_name needs exactly one desk. Open tickets only unless is_closed is true or filter_by says otherwise. ' +
    'Also requestor, priority, catalogue, period and SLA filters; group_by counts instead. ' +
    'Ids come from search_client, search_user, search_stage, or earlier results. Results per page: limit (1–200, ' +
    'default 20); next page: offset + 1. Use get_ticket for one ticket in full.',
  input,
  output: () => ({
    tickets: z.array(ticketSummaryOutput()),
    ...pageInfoOutput(),
    group_by: z.string().optional().describe('Set in counting mode (group_by).'),
    buckets: z.array(z.object({ period: z.string(), count: z.number().int() })).optional(),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    if (!FILTERS.some((filter) => args[filter] !== undefined)) {
      throw new ToolError(
        `list_tickets needs at least one filter, so it does not page through the whole helpdesk: ${FILTERS.join(', ')}.`,
      );
    }
    if (args.date_type === 'solved_in_time' && args.filter_by === 'open') {
      throw new ToolError('date_type solved_in_time counts solved tickets, so it cannot be combined with filter_by open.');
    }
    if (args.start_datetime && args.end_datetime) {
      checkPeriod({ name: 'start_datetime', value: args.start_datetime }, { name: 'end_datetime', value: args.end_datetime });
    }
    // Solved tickets are closed: with solved_in_time and no explicit status, closed ones are listed (and said).
    const filterBy = args.filter_by ?? (args.date_type === 'solved_in_time' ? 'closed' : undefined);
    const filters = await resolveNames(tiflux, args);
    if (args.group_by) return countTickets(tiflux, args, filters, filterBy);
    const page = await tiflux.tickets.list({
      desk_ids: filters.desk_ids,
      client_ids: filters.client_ids,
      stage_ids: filters.stage_ids,
      responsible_ids: filters.responsible_ids,
      is_closed: args.is_closed,
      filter_by: filterBy,
      requestor_ids: args.requestor_ids,
      requestor_email: args.requestor_email,
      priority_ids: filters.priority_ids,
      services_catalogs_item_ids: filters.services_catalogs_item_ids,
      date_type: args.date_type,
      start_datetime: args.start_datetime,
      end_datetime: args.end_datetime,
      sla_expiring_before: args.sla_expiring_before,
      offset: args.offset,
      limit: args.limit,
    });
    const tickets = page.items.map(summariseTicket);
    const info = pageInfoOf(page);
    const state = filterBy === 'all' ? 'open, closed and canceled' : filterBy ?? (args.is_closed ? 'closed' : 'open');
    const used = [
      ...filters.resolved,
      ...([
        'desk_ids', 'client_ids', 'stage_ids', 'responsible_ids', 'requestor_ids', 'requestor_email', 'priority_ids',
        'services_catalogs_item_ids', 'date_type', 'start_datetime', 'end_datetime', 'sla_expiring_before',
      ] as const)
        .filter((name) => args[name] !== undefined)
        .map((name) => `${name} ${args[name]}`),
    ].join(', ');
    const heading = `${info.total !== null ? `${info.total} ` : ''}${state} tickets (${used})`;
    const text = tickets.length
      ? renderList({ heading, rows: tickets.map(ticketListEntry), compactRows: tickets.map(ticketCompactEntry), info, plural: 'tickets' }, verbosity)
      : info.offset > 1
        ? `No ${state} tickets on page ${info.offset} (${used}); the results end before this page.`
        : `No ${state} tickets match ${used}.${args.is_closed || filterBy ? '' : ' Set is_closed: true for closed ones.'}`;
    return { text, structured: { tickets, ...info } };
  },
});
