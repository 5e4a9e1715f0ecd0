import * as z from 'zod';
import type { TiFluxClient } from '../../tiflux/client.js';
import { collectAllPages } from '../../tiflux/paging.js';
import { defineTool } from '../define-tool.js';
import { renderList } from '../format/list.js';
import { pageInfoOutput, pageOfList } from '../format/paging.js';
import { inline } from '../format/text.js';
import { closestByWords, rankByName } from '../names/match-names.js';
import { limitParam, nameParam, offsetParam } from '../shared/params.js';

const USER_TYPES = ['client', 'attendant', 'admin'] as const;

function userOutput() {
  return z.object({
    id: z.number().int(),
    name: z.string(),
    email: z.string().nullable(),
    type: z.string().nullable(),
    active: z.boolean().nullable(),
  });
}
type UserRow = z.output<ReturnType<typeof userOutput>>;

const namesOfUser = (user: { name: string; email?: string | null }) => [user.name, user.email];

/** `/users` types everything that is not admin or attendant as a client-portal user. */
function typeOf(type: string | null | undefined): string {
  return type === 'admin' || type === 'attendant' ? type : 'client';
}

/** Active users come from the cached lookup; inactive ones are rarer and read directly (admin keys only). */
async function candidates(tiflux: TiFluxClient, active: boolean): Promise<{ users: UserRow[]; technicalOnly: boolean }> {
  if (active) {
    const users = await tiflux.lookups.users();
    return {
      users: users.map((user) => ({
        id: user.id,
        name: user.name,
        email: user.email ?? null,
        // /technical-users does not say.
        type: user.source === 'technical-users' ? null : typeOf(user.type),
        active: true,
      })),
      technicalOnly: users.some((user) => user.source === 'technical-users'),
    };
  }
  const inactive = await collectAllPages((page) => tiflux.users.list({ ...page, active: false }));
  return {
    users: inactive.map((user) => ({
      id: user.id,
      name: user.name,
      email: user.email ?? null,
      type: typeOf(user._type ?? user.type),
      active: user.active ?? false,
    })),
    technicalOnly: false,
  };
}

export const searchUser = defineTool({
  toolset: 'directory',
  name: 'search_user',
  title: 'Search users',
  description:
    'Finds TiFlux users by name or e-mail, accent- and case-insensitively, best matches first (exact, starts ' +
    'with, word starts with, contains). Returns ids that create_ticket and update_ticket accept as ' +
    'responsible_id and list_tickets as responsible_ids. type filters client / attendant / admin; active: false ' +
    'finds deactivated users. With a non-admin API key TiFlux only lists attendants (technical users): type is ' +
    'then unknown and inactive users cannot be listed. Paging: limit (1–200, default 20), offset (next page: ' +
    'offset + 1).',
  input: () => ({
    name: nameParam('Name or e-mail (or part of it) of the user to find.'),
    type: z.enum(USER_TYPES).optional().describe('Only users of this type (needs an admin key).'),
    active: z.boolean().default(true).describe('true (default): active users; false: deactivated ones (admin key).'),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({ users: z.array(userOutput()), ...pageInfoOutput() }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const { users, technicalOnly } = await candidates(tiflux, args.active);
    const typed = args.type && !technicalOnly ? users.filter((user) => user.type === args.type) : users;
    const ranked = rankByName(args.name, typed, namesOfUser).map(({ item }) => item);
    const { items, info } = pageOfList(ranked, args.offset, args.limit);
    const notes: string[] = [];
    if (technicalOnly) {
      notes.push(
        'This API key is not an admin\'s, so TiFlux lists attendants only' +
          (args.type ? `; the type filter "${args.type}" could not be applied.` : '.'),
      );
    }
    const line = (user: UserRow) =>
      `- **${inline(user.name)}** (id ${user.id})${user.email ? ` · ${user.email}` : ''}` +
      `${user.type ? ` · ${user.type}` : ''}${user.active === false ? ' · inactive' : ''}`;
    let body: string[];
    if (items.length) {
      body = [renderList({ heading: `Users matching "${args.name}"`, rows: items.map(line), info, plural: 'users' }, verbosity)];
    } else if (ranked.length) {
      body = [`No users on page ${info.offset}: the ${ranked.length} matches end before it.`];
    } else {
      const closest = closestByWords(args.name, typed, namesOfUser);
      body = [`No ${args.active ? '' : 'inactive '}user matches "${args.name}".`, ...(closest.length ? ['Closest names:', ...closest.map(line)] : [])];
    }
    return { text: [...body, ...notes].join('\n'), structured: { users: items, ...info } };
  },
});
