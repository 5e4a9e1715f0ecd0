import * as z from 'zod';
import type { TiFluxClient } from '../../tiflux/client.js';
import { TiFluxForbiddenError, TiFluxNotFoundError } from '../../tiflux/client.js';
import { collectAllPages } from '../../tiflux/paging.js';
import { createRequestorsApi, type RequestorFilters } from '../../tiflux/resources/requestors.js';
import { createUserAccountsApi } from '../../tiflux/resources/user-accounts.js';
import type { Requestor } from '../../tiflux/schemas/people.js';
import { defineTool } from '../define-tool.js';
import { renderList } from '../format/list.js';
import { pageInfoOutput, pageOfList } from '../format/paging.js';
import { inline } from '../format/text.js';
import { bestFirst, rankByName } from '../names/match-names.js';
import { requestorLine, requestorOutput, requestorRow } from '../requestors/format.js';
import { idParam, limitParam, nameParam, offsetParam } from '../shared/params.js';
import { ToolError } from '../tool-error.js';

const FOUND_IN = ['requestors', 'client_requestors', 'users', 'me', 'none'] as const;

type Filters = Omit<RequestorFilters, 'offset' | 'limit'>;

/** Best matches first when a name or e-mail was given (TiFlux's filter is a plain substring); the rest kept after. */
function ranked(requestors: Requestor[], query: string | undefined): Requestor[] {
  return bestFirst(query, requestors, (r) => [r.name, r.email]);
}

async function globalRequestors(tiflux: TiFluxClient, filters: Filters): Promise<Requestor[] | 'forbidden'> {
  try {
    return await collectAllPages((page) => tiflux.use(createRequestorsApi).listAll({ ...filters, ...page }));
  } catch (error) {
    if (error instanceof TiFluxForbiddenError) return 'forbidden';
    throw error;
  }
}

export const searchRequestor = defineTool({
  toolset: 'directory',
  name: 'search_requestor',
  title: 'Search requestors',
  description:
    'Finds the person a ticket is for (a requestor) by name, email, telephone or can_open_ticket; give at least one. ' +
    'Looks, in order, until something is found: 1) every client\'s requestors (needs an admin key), 2) client_id\'s ' +
    'requestors, 3) TiFlux users by name or e-mail (their e-mail can be create_ticket\'s requestor_email), 4) the ' +
    'key\'s own user, to open the ticket as yourself. Best matches first. Returns requestor_id and client_id, which ' +
    'create_ticket and update_ticket accept.',
  input: () => ({
    name: nameParam('Part of the requestor\'s name.').optional(),
    email: nameParam('Part of the requestor\'s e-mail.').optional(),
    telephone: z.string().trim().regex(/^\d{3,15}$/, { error: 'must be digits only, without country code' }).optional()
      .describe('Telephone digits (or part), no country code.'),
    can_open_ticket: z.boolean().optional().describe('true: only those who may open tickets; false: the others.'),
    client_id: idParam('Also search this client\'s requestors (no admin key needed).').optional(),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({
    found_in: z.enum(FOUND_IN),
    requestors: z.array(requestorOutput()),
    users: z.array(z.object({ id: z.number().int(), name: z.string(), email: z.string().nullable() })),
    me: z.object({ id: z.number().int(), name: z.string().nullable(), email: z.string().nullable() }).nullable(),
    ...pageInfoOutput(),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    if (args.name === undefined && args.email === undefined && args.telephone === undefined && args.can_open_ticket === undefined) {
      throw new ToolError('search_requestor needs something to look for: pass name, email, telephone or can_open_ticket.');
    }
    const filters: Filters = { name: args.name, email: args.email, telephone: args.telephone, can_open_ticket: args.can_open_ticket };
    const query = args.name ?? args.email;
    const notes: string[] = [];
    const reply = (found: (typeof FOUND_IN)[number], rows: ReturnType<typeof requestorRow>[], heading: string) => {
      const { items, info } = pageOfList(rows, args.offset, args.limit);
      const text = renderList({ heading, rows: items.map(requestorLine), footer: notes, info, plural: 'requestors' }, verbosity);
      return { text, structured: { found_in: found, requestors: items, users: [], me: null, ...info } };
    };

    // 1. Every client's requestors (admin keys).
    const global = await globalRequestors(tiflux, filters);
    if (global === 'forbidden') notes.push('Every client\'s requestors could not be searched: that list needs an admin API key.');
    else if (global.length) return reply('requestors', ranked(global, query).map((r) => requestorRow(r)), 'Requestors found');

    // 2. One client's requestors.
    if (args.client_id !== undefined) {
      try {
        // A client's list is short: read it whole and match the name here, accent-insensitively ("joao" finds
        // "João", which TiFlux's substring filter would miss).
        const ofClient = await collectAllPages((page) =>
          tiflux.use(createRequestorsApi).listForClient(args.client_id!, { telephone: filters.telephone, can_open_ticket: filters.can_open_ticket, ...page }),
        );
        const matching = query ? rankByName(query, ofClient, (r) => [r.name, r.email]).map(({ item }) => item) : ofClient;
        if (matching.length) {
          return reply('client_requestors', matching.map((r) => requestorRow(r, { id: args.client_id! })), `Requestors of client ${args.client_id}`);
        }
      } catch (error) {
        if (!(error instanceof TiFluxForbiddenError || error instanceof TiFluxNotFoundError)) throw error;
        notes.push(`The requestors of client ${args.client_id} could not be read (${error instanceof TiFluxNotFoundError ? 'no such client' : 'no permission'}).`);
      }
    }

    // 3. TiFlux users by name or e-mail: a user can be named as the requestor by e-mail.
    if (query !== undefined) {
      const users = rankByName(query, await tiflux.lookups.users(), (user) => [user.name, user.email]).map(({ item }) => ({
        id: item.id,
        name: item.name,
        email: item.email ?? null,
      }));
      if (users.length) {
        const { items, info } = pageOfList(users, args.offset, args.limit);
        const text = renderList(
          {
            heading: `TiFlux users matching "${query}" (no requestor matches)`,
            lead: ['To open a ticket for one of them, pass their e-mail as requestor_email to create_ticket.'],
            rows: items.map((user) => `- **${inline(user.name)}** (user id ${user.id})${user.email ? ` · requestor_email: ${user.email}` : ''}`),
            footer: notes,
            info,
            plural: 'users',
          },
          verbosity,
        );
        return { text, structured: { found_in: 'users' as const, requestors: [], users: items, me: null, ...info } };
      }
    }

    // 4. The key's own user: the ticket can be opened as yourself.
    const me = await tiflux.use(createUserAccountsApi).me();
    const empty = pageOfList([], args.offset, args.limit).info;
    if (me.id) {
      const mine = { id: me.id, name: me.name ?? null, email: me.email ?? null };
      const text = [
        'No requestor or user matches. You can open the ticket as yourself: ' +
          `${inline(mine.name)} (user id ${mine.id})${mine.email ? `, requestor_email: ${mine.email}` : ''}; ` +
          'or create the requestor with create_requestor.',
        ...notes,
      ].join('\n');
      return { text, structured: { found_in: 'me' as const, requestors: [], users: [], me: mine, ...empty } };
    }
    return {
      text: ['Nothing found: no requestor or user matches. create_requestor adds the requestor to a client.', ...notes].join('\n'),
      structured: { found_in: 'none' as const, requestors: [], users: [], me: null, ...empty },
    };
  },
});
