import * as z from 'zod';
import { renderList } from '../format/list.js';
import { collectAllPages } from '../../tiflux/paging.js';
import { defineTool } from '../define-tool.js';
import { pageInfoOutput, pageOfList } from '../format/paging.js';
import { inline } from '../format/text.js';
import { bestFirst } from '../names/match-names.js';
import { resolveClient, resolveDesk } from '../names/resolvers.js';
import { idParam, limitParam, nameParam, offsetParam } from '../shared/params.js';

export const searchTechnicalUser = defineTool({
  toolset: 'directory',
  name: 'search_technical_user',
  title: 'Search attendants',
  description:
    'Finds TiFlux attendants (technical users, to whom tickets are assigned) by name or e-mail, optionally only those ' +
    'serving a desk (desk_id or desk_name) or a client (client_id or client_name). Any API key works; no filter lists ' +
    'every attendant. Best matches first. The id is create_ticket\'s and update_ticket\'s responsible_id.',
  input: () => ({
    name: nameParam('Part of the attendant\'s name.').optional(),
    email: nameParam('Part of the attendant\'s e-mail.').optional(),
    desk_id: idParam('Only attendants of this desk.').optional(),
    desk_name: nameParam('Only attendants of this desk, by name; desk_id wins.').optional(),
    client_id: idParam('Only attendants serving this client.').optional(),
    client_name: nameParam('Only attendants of this client, by name; client_id wins.').optional(),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({
    users: z.array(z.object({ id: z.number().int(), name: z.string(), email: z.string().nullable() })),
    ...pageInfoOutput(),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const [desk, client] = await Promise.all([
      args.desk_id !== undefined ? { id: args.desk_id } : args.desk_name ? resolveDesk(tiflux, args.desk_name) : undefined,
      args.client_id !== undefined ? { id: args.client_id } : args.client_name ? resolveClient(tiflux, args.client_name) : undefined,
    ]);
    const found = await collectAllPages((page) =>
      tiflux.users.listTechnical({ ...page, name: args.name, email: args.email, desk_id: desk?.id, client_id: client?.id }),
    );
    const query = args.name ?? args.email;
    const all = bestFirst(query, found, (user) => [user.name, user.email]).map((user) => ({
      id: user.id,
      name: user.name,
      email: user.email ?? null,
    }));
    const { items, info } = pageOfList(all, args.offset, args.limit);
    const scope = [desk && `desk ${'name' in desk ? desk.name : desk.id}`, client && `client ${'name' in client ? client.name : client.id}`]
      .filter(Boolean)
      .join(' and ');
    const heading = `Attendants${query ? ` matching "${query}"` : ''}${scope ? ` (${scope})` : ''}`;
    const text = items.length
      ? renderList({ heading, rows: items.map((user) => `- **${inline(user.name)}** (id ${user.id})${user.email ? ` · ${user.email}` : ''}`), info, plural: 'attendants' }, verbosity)
      : `No attendant${query ? ` matches "${query}"` : ' found'}${scope ? ` in ${scope}` : ''}.`;
    return { text, structured: { users: items, ...info } };
  },
});
