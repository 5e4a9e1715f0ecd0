import type { Ticket, TiFluxClient, UpdateTicketInput } from '../../tiflux/client.js';
import { entriesOf, listChangeLine, REPLACES_WHOLE_LIST } from '../format/list-change.js';
import { defineTool, type ArgsOf } from '../define-tool.js';
import { markdownToHtml } from '../../text/markdown.js';
import { inline } from '../format/text.js';
import { resolvePriority } from '../names/priorities.js';
import {
  firstStageOf,
  resolveCatalogItem,
  resolveClient,
  resolveDesk,
  resolveResponsible,
  resolveStage,
  type ResolvedName,
} from '../names/resolvers.js';
import { clientIdOfTicket, requestorForTicketUpdate } from '../names/requestor-argument.js';
import { settleAll } from '../names/settle-all.js';
import {
  DESCRIPTION_MAX_LENGTH,
  emailListParam,
  emailParam,
  idParam,
  nameParam,
  textParam,
  ticketNumber,
  TITLE_MAX_LENGTH,
} from '../shared/params.js';
import { ToolError } from '../tool-error.js';

const input = () => ({
  ticket_number: ticketNumber(),
  title: textParam('New title.', TITLE_MAX_LENGTH).optional(),
  description: textParam('New description (replaces the old one). Plain text or HTML.', DESCRIPTION_MAX_LENGTH).optional(),
  client_id: idParam('Move the ticket to this client (search_client finds the id).').optional(),
  client_name: nameParam('Move the ticket to this client, by name.').optional(),
  desk_id: idParam('Transfer to this desk.').optional(),
  desk_name: nameParam('Transfer to this desk, by name or display name.').optional(),
  stage_id: idParam('Move to this stage (search_stage lists a desk\'s stages).').optional(),
  stage_name: nameParam('Move to this stage, by name, in the new desk or else the ticket\'s current desk.').optional(),
  responsible_id: idParam('Attendant id.')
    .nullable()
    .optional()
    .describe('Assign to this attendant (search_user finds the id); null unassigns the ticket.'),
  responsible_name: nameParam('Assign to this attendant, by name or e-mail.').optional(),
  followers: emailListParam(`Comma-separated e-mails; "" removes them all. ${REPLACES_WHOLE_LIST}`).optional(),
  priority_id: idParam('New priority.').optional(),
  priority_name: nameParam('New priority by name.').optional(),
  priority_change_reason: textParam('Why (required outside a desk transfer).', 2_000).optional(),
  status_id: idParam('New status id.').optional(),
  services_catalogs_item_id: idParam('New catalogue item.').optional(),
  catalog_item_name: nameParam('New catalogue item by name.').optional(),
  requestor_id: idParam('Set this requestor (of the ticket\'s client; search_requestor finds it). Wins over the name and e-mail.').optional(),
  requestor_name: nameParam('Set the requestor by name, among the ticket\'s client\'s requestors.').optional(),
  requestor_email: emailParam('Set the requestor by exact e-mail, among the ticket\'s client\'s requestors.').optional(),
});
type UpdateTicketArgs = ArgsOf<ReturnType<typeof input>>;

/** Everything but ticket_number; the catalogue test checks it against the schema. */
export const UPDATABLE_FIELDS = [
  'title',
  'description',
  'client_id',
  'client_name',
  'desk_id',
  'desk_name',
  'stage_id',
  'stage_name',
  'responsible_id',
  'responsible_name',
  'followers',
  'priority_id',
  'priority_name',
  'priority_change_reason',
  'status_id',
  'services_catalogs_item_id',
  'catalog_item_name',
  'requestor_id',
  'requestor_name',
  'requestor_email',
] as const;

/** What the call changes, with the names ids were resolved from, for the answer. */
type Changes = { body: UpdateTicketInput; described: string[] };

function named(label: string, ref: { id: number; name?: string }, note = ''): string {
  return `${label}: ${ref.name ? `${inline(ref.name)} (id ${ref.id})` : `id ${ref.id}`}${note}`;
}

/** The ticket as it is now, read once per call whichever argument needs it first (stage, priority, followers…). */
type CurrentTicket = () => Promise<Ticket>;

async function stageFor(
  tiflux: TiFluxClient,
  args: UpdateTicketArgs,
  newDesk: ResolvedName | { id: number } | undefined,
  current: CurrentTicket,
): Promise<{ stage?: { id: number; name?: string }; note: string }> {
  if (args.stage_id !== undefined) return { stage: { id: args.stage_id }, note: '' };
  if (args.stage_name !== undefined) {
    // Stages belong to a desk: the one the ticket moves to, else the one it is in (one extra read).
    const deskId = newDesk?.id ?? (await currentDeskOf(current, args.ticket_number));
    return { stage: await resolveStage(tiflux, deskId, args.stage_name), note: '' };
  }
  if (newDesk) {
    // A transfer needs a stage of the new desk; TiFlux's own choice would be its first stage.
    const first = await firstStageOf(tiflux, newDesk.id);
    return { stage: first, note: ' (first stage of the new desk)' };
  }
  return { note: '' };
}

async function currentDeskOf(current: CurrentTicket, ticketNumber: string): Promise<number> {
  const ticket = await current();
  const deskId = ticket.desk?.id;
  if (!deskId) throw new ToolError(`Ticket #${ticketNumber} has no desk, so stage_name cannot be looked up; pass stage_id.`);
  return deskId;
}

async function collectChanges(tiflux: TiFluxClient, args: UpdateTicketArgs): Promise<Changes> {
  let read: Promise<Ticket> | undefined;
  const current: CurrentTicket = () => (read ??= tiflux.tickets.get(args.ticket_number));
  const [client, desk, responsible] = await settleAll([
    args.client_id !== undefined ? { id: args.client_id } : args.client_name ? resolveClient(tiflux, args.client_name) : undefined,
    args.desk_id !== undefined ? { id: args.desk_id } : args.desk_name ? resolveDesk(tiflux, args.desk_name) : undefined,
    args.responsible_name !== undefined && args.responsible_id === undefined
      ? resolveResponsible(tiflux, args.responsible_name)
      : undefined,
  ]);
  const { stage, note } = await stageFor(tiflux, args, desk, current);
  const needsDesk =
    (args.priority_name !== undefined && args.priority_id === undefined) ||
    (args.catalog_item_name !== undefined && args.services_catalogs_item_id === undefined);
  const scopeDesk = needsDesk ? (desk?.id ?? (await currentDeskOf(current, args.ticket_number))) : undefined;
  const [priority, item] = await settleAll([
    args.priority_id !== undefined ? { id: args.priority_id } : args.priority_name ? resolvePriority(tiflux, scopeDesk!, args.priority_name) : undefined,
    args.services_catalogs_item_id !== undefined
      ? { id: args.services_catalogs_item_id }
      : args.catalog_item_name
        ? resolveCatalogItem(tiflux, scopeDesk!, args.catalog_item_name)
        : undefined,
  ]);

  const body: UpdateTicketInput = {};
  const described: string[] = [];
  if (args.title !== undefined) {
    body.title = args.title.trim();
    described.push(`Title: ${inline(body.title)}`);
  }
  if (args.description !== undefined) {
    body.description = await markdownToHtml(args.description);
    described.push('Description replaced');
  }
  if (client) {
    body.client_id = client.id;
    described.push(named('Client', client));
  }
  if (desk) {
    body.desk_id = desk.id;
    described.push(named('Desk', desk, ' (transferred)'));
  }
  if (stage) {
    body.stage_id = stage.id;
    described.push(named('Stage', stage, note));
  }
  if (args.responsible_id === null) {
    body.responsible_id = null;
    described.push('Responsible: none (unassigned)');
  } else if (args.responsible_id !== undefined || responsible) {
    const ref = responsible ?? { id: args.responsible_id! };
    body.responsible_id = ref.id;
    described.push(named('Responsible', ref));
  }
  if (args.followers !== undefined) {
    body.followers = args.followers.trim();
    // The list is replaced, not merged: show what was there, so a dropped follower is visible (one extra read).
    const before = entriesOf((await current()).followers);
    described.push(listChangeLine('Followers', before, entriesOf(body.followers)));
  }
  if (priority) {
    body.priority_id = priority.id;
    if (desk) {
      // TiFlux refuses a reason during a transfer (the new desk's priorities apply): dropped, and said so.
      described.push(named('Priority', priority, args.priority_change_reason ? ' (reason not sent: TiFlux takes none during a desk transfer)' : ''));
    } else {
      body.priority_change_reason = args.priority_change_reason!.trim();
      described.push(named('Priority', priority, ` (reason: ${inline(body.priority_change_reason)})`));
    }
  }
  if (args.status_id !== undefined) {
    body.status_id = args.status_id;
    described.push(`Status: id ${args.status_id}`);
  }
  if (item) {
    body.services_catalogs_item_id = item.id;
    described.push(named('Catalogue item', item));
  }
  const requestor = await requestorForTicketUpdate(
    tiflux,
    async () => client?.id ?? clientIdOfTicket(await current(), args.ticket_number),
    args,
  );
  if (requestor) {
    body.requestor_id = requestor.id;
    described.push(requestor.line);
  }
  return { body, described };
}

export const updateTicket = defineTool({
  toolset: 'tickets',
  name: 'update_ticket',
  title: 'Update a ticket',
  description:
    'Changes fields of an existing TiFlux ticket: title, description, client, desk (a transfer), stage, ' +
    'responsible attendant, followers. Only the fields you pass change; pass at least one. Each of client, desk, ' +
    'stage and responsible takes an id or a name (accent- and case-insensitive; an ambiguous or unknown name ' +
    'changes nothing and lists the candidates with their ids). stage_name is looked up in the new desk when you ' +
    'transfer, else in the ticket\'s current desk. A transfer without a stage puts the ticket in the first stage ' +
    'of the new desk. responsible_id null unassigns. followers replaces the whole list (the answer shows it before ' +
    '→ after). The requestor (requestor_id, requestor_email exact, or requestor_name) must be one of the ticket\'s ' +
    'client\'s requestors; no match changes nothing. Priority and catalogue item (id or name) are looked up in the ' +
    'new desk, else the current one. Ticket numbers come from list_tickets.',
  input,
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    if (!UPDATABLE_FIELDS.some((name) => args[name] !== undefined)) {
      throw new ToolError(`Nothing to update: pass at least one of ${UPDATABLE_FIELDS.join(', ')}.`);
    }
    const priorityChanges = args.priority_id !== undefined || args.priority_name !== undefined;
    const transfer = args.desk_id !== undefined || args.desk_name !== undefined;
    if (priorityChanges && !transfer && !args.priority_change_reason?.trim()) {
      throw new ToolError(
        'A priority change needs priority_change_reason (TiFlux requires one outside a desk transfer). Nothing was changed.',
      );
    }
    const { body, described } = await collectChanges(tiflux, args);
    await tiflux.tickets.update(args.ticket_number, body);
    return {
      text: [`Updated ticket **#${args.ticket_number}**:`, ...described.map((line) => `- ${line}`)].join('\n'),
    };
  },
});
