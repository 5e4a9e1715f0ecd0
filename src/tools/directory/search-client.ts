import * as z from 'zod';
import { defineTool } from '../define-tool.js';
import { renderList } from '../format/list.js';
import { pageInfoOutput, pageOfList } from '../format/paging.js';
import { inline } from '../format/text.js';
import { closestByWords, rankByName } from '../names/match-names.js';
import { limitParam, nameParam, offsetParam } from '../shared/params.js';

function clientOutput() {
  return z.object({
    id: z.number().int(),
    name: z.string(),
    social: z.string().nullable(),
    active: z.boolean().nullable(),
  });
}

const namesOfClient = (client: { name: string; social?: string | null }) => [client.name, client.social];

export const searchClient = defineTool({
  toolset: 'directory',
  name: 'search_client',
  title: 'Search clients',
  description:
    'Finds TiFlux clients (customer companies) by name or company name (razão social), accent- and ' +
    'case-insensitively, best matches first: exact, then starting with the text, then words starting with it, ' +
    'then containing it. Returns each client\'s id, which create_ticket, update_ticket and list_tickets accept as ' +
    'client_id / client_ids. Only active clients. When nothing matches, the closest names are suggested. ' +
    'Paging: limit (1–200, default 20) and offset (next page: offset + 1).',
  input: () => ({
    client_name: nameParam('Name (or part of it) of the client to find.'),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  // Listed: programs chain the ids of a lookup into other calls, and the shape is small.
  listOutputSchema: true,
  output: () => ({ clients: z.array(clientOutput()), ...pageInfoOutput() }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const candidates = await tiflux.lookups.clients(args.client_name);
    const ranked = rankByName(args.client_name, candidates, namesOfClient).map(({ item }) => item);
    const { items, info } = pageOfList(ranked, args.offset, args.limit);
    const clients = items.map((client) => ({
      id: client.id,
      name: client.name,
      social: client.social ?? null,
      active: client.status ?? null,
    }));
    const line = (client: (typeof clients)[number]) =>
      `- **${inline(client.name)}** (id ${client.id})${client.social ? ` · ${inline(client.social)}` : ''}` +
      `${client.active === false ? ' · inactive' : ''}`;
    let text: string;
    if (clients.length) {
      text = renderList({ heading: `Clients matching "${args.client_name}"`, rows: clients.map(line), info, plural: 'clients' }, verbosity);
    } else if (ranked.length) {
      text = `No clients on page ${info.offset}: the ${ranked.length} matches end before it.`;
    } else {
      const closest = closestByWords(args.client_name, candidates, namesOfClient);
      text =
        `No client matches "${args.client_name}".` +
        (closest.length ? ` Closest names:\n${closest.map((client) => `- ${inline(client.name)} (id ${client.id})`).join('\n')}` : '');
    }
    return { text, structured: { clients, ...info } };
  },
});
