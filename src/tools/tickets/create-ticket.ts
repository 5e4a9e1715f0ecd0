import type { TiFluxClient } from '../../tiflux/client.js';
import { defineTool, type ArgsOf } from '../define-tool.js';
import { summariseTicket } from '../format/ticket.js';
import { markdownToHtml } from '../../text/markdown.js';
import { formatDateTime, inline } from '../format/text.js';
import { resolveCatalogItem, resolveClient, resolveDesk, resolveResponsible, type ResolvedName } from '../names/resolvers.js';
import { requestorForNewTicket } from '../names/requestor-argument.js';
import { settleAll } from '../names/settle-all.js';
import { ticketDefaults } from '../shared/defaults.js';
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

/** An id given as such, else a name to resolve, else the deployment default, else nothing. */
async function idOrName(
  id: number | undefined,
  name: string | undefined,
  resolve: (name: string) => Promise<ResolvedName>,
  fallbackId?: number,
): Promise<{ id: number; name?: string } | undefined> {
  if (id !== undefined) return { id };
  if (name !== undefined) return resolve(name);
  return fallbackId === undefined ? undefined : { id: fallbackId };
}

function requireSome(value: unknown, noun: string, idArg: string, nameArg: string, variable: string): void {
  if (value === undefined) {
    throw new ToolError(
      `create_ticket needs a ${noun}: pass ${idArg} or ${nameArg} (this server has no ${variable} default). Nothing was created.`,
    );
  }
}

async function resolveAll(tiflux: TiFluxClient, args: CreateTicketArgs) {
  const defaults = ticketDefaults();
  // Checked before any lookup: a call that cannot succeed costs no upstream request.
  requireSome(args.client_id ?? args.client_name ?? defaults.clientId, 'client', 'client_id', 'client_name', 'TIFLUX_DEFAULT_CLIENT_ID');
  requireSome(args.desk_id ?? args.desk_name ?? defaults.deskId, 'desk', 'desk_id', 'desk_name', 'TIFLUX_DEFAULT_DESK_ID');

  // Client, desk and responsible are independent: looked up in parallel. The catalogue item needs the desk.
  const [client, desk, responsible] = await settleAll([
    idOrName(args.client_id, args.client_name, (name) => resolveClient(tiflux, name), defaults.clientId),
    idOrName(args.desk_id, args.desk_name, (name) => resolveDesk(tiflux, name), defaults.deskId),
    idOrName(args.responsible_id, args.responsible_name, (name) => resolveResponsible(tiflux, name)),
  ]);
  const catalogItem = await idOrName(
    args.services_catalogs_item_id,
    args.catalog_item_name,
    (name) => resolveCatalogItem(tiflux, desk!.id, name),
    defaults.catalogItemId,
  );
  return { client: client!, desk: desk!, responsible, catalogItem, priorityId: args.priority_id ?? defaults.priorityId };
}

const input = () => ({
  title: textParam('Ticket title.', TITLE_MAX_LENGTH),
  description: textParam(
    'What the ticket is about. Plain text (line breaks are kept) or HTML.',
    DESCRIPTION_MAX_LENGTH,
  ),
  client_id: idParam('Client id (search_client finds it). Wins over client_name.').optional(),
  client_name: nameParam('Client name, if you do not have client_id.').optional(),
  desk_id: idParam('Desk id. Wins over desk_name.').optional(),
  desk_name: nameParam('Desk name or display name, if you do not have desk_id.').optional(),
  priority_id: idParam('Priority id (priorities belong to the desk).').optional(),
  services_catalogs_item_id: idParam('Catalogue item id (search_catalog_item finds it). Wins over catalog_item_name.').optional(),
  catalog_item_name: nameParam('Catalogue item name, looked up in the ticket\'s desk.').optional(),
  status_id: idParam('Status id.').optional(),
  requestor_id: idParam('Requestor id (search_requestor or list_requestors). Wins over requestor_email and requestor_name.').optional(),
  requestor_name: nameParam('Name of the person asking: linked to the client\'s requestor of that name, else TiFlux links or creates one.').optional(),
  requestor_email: emailParam('E-mail of the person asking: linked to the client\'s requestor with exactly this e-mail (wins over requestor_name).').optional(),
  requestor_telephone: nameParam('Telephone of the person asking.').optional(),
  responsible_id: idParam('Attendant to assign (search_user finds the id). Wins over responsible_name.').optional(),
  responsible_name: nameParam('Attendant to assign, by name or e-mail.').optional(),
  followers: emailListParam('E-mails to keep informed, comma-separated.').optional(),
  parent_ticket_number: ticketNumber('Number of the parent ticket, to open this one as its child (e.g. "84429").').optional(),
});
type CreateTicketArgs = ArgsOf<ReturnType<typeof input>>;

export const createTicket = defineTool({
  toolset: 'tickets',
  name: 'create_ticket',
  title: 'Create a ticket',
  description:
    'Opens a new TiFlux ticket. Needs a title, a description, a client and a desk. Give ids when you have them ' +
    '(client_id, desk_id, responsible_id, services_catalogs_item_id) or names instead (client_name, desk_name, ' +
    'responsible_name, catalog_item_name): names are matched accent- and case-insensitively over all records; if ' +
    'a name fits several records, or none, nothing is created and the answer lists the candidates with their ids. ' +
    'catalog_item_name is looked up in the ticket\'s desk. The requestor: requestor_id, else requestor_email ' +
    '(exact), else requestor_name, matched among the client\'s requestors; no match is sent as given. This server may have default client, desk, priority ' +
    'and catalogue item configured; they apply when you pass neither id nor name. parent_ticket_number opens it ' +
    'as the child of another ticket. Returns the ticket number and ' +
    'links. Not idempotent: calling it twice opens two tickets.',
  input,
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  async run(args, { tiflux }) {
    const resolved = await resolveAll(tiflux, args);
    const requestor = await requestorForNewTicket(tiflux, resolved.client.id, args);
    const ticket = await tiflux.tickets.create({
      title: args.title.trim(),
      description: await markdownToHtml(args.description),
      client_id: resolved.client.id,
      desk_id: resolved.desk.id,
      priority_id: resolved.priorityId,
      services_catalogs_item_id: resolved.catalogItem?.id,
      status_id: args.status_id,
      ...requestor.fields,
      responsible_id: resolved.responsible?.id,
      followers: args.followers,
      // TiFlux's field for the parent is ticket_reference_number.
      ticket_reference_number: args.parent_ticket_number,
    });
    const created = summariseTicket(ticket);
    const lines = [
      `Created ticket **#${created.ticket_number}**: ${inline(created.title)}`,
      namedLine('Client', resolved.client, created.client?.name),
      namedLine('Desk', resolved.desk, created.desk?.name),
      namedLine('Responsible', resolved.responsible, created.responsible?.name),
      namedLine('Catalogue item', resolved.catalogItem, undefined),
      requestor.line,
      `- Status: ${inline(created.status)} · Priority: ${inline(created.priority)}`,
      `- Created: ${formatDateTime(created.created_at)}`,
      args.parent_ticket_number ? `- Parent ticket: #${args.parent_ticket_number}` : undefined,
      ticket.url_internal_path ? `- Link (attendants): ${ticket.url_internal_path}` : undefined,
      ticket.url_external_path ? `- Link (client): ${ticket.url_external_path}` : undefined,
      `Use get_ticket with ticket_number "${created.ticket_number}" to read it back.`,
    ];
    return { text: lines.filter(Boolean).join('\n') };
  },
});

/** "- Desk: Suporte N1 (id 12)": the name TiFlux answered with, else the one we resolved, else just the id. */
function namedLine(label: string, ref: { id: number; name?: string } | undefined, shown: string | null | undefined) {
  if (!ref) return undefined;
  return `- ${label}: ${inline(shown ?? ref.name ?? null, String(ref.id))} (id ${ref.id})`;
}
