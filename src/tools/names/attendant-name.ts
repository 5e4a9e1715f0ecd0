/**
 * An attendant by name for tools whose argument is not `responsible_name` (the chat tools' `user_name`): the same
 * users and tiers as resolveResponsible, with the tool's own argument names in the messages.
 */
import type { LookupUser, TiFluxClient } from '../../tiflux/client.js';
import { pickOne, type NameKind } from './pick-one.js';
import { assignableUsers, type ResolvedName } from './resolvers.js';

export async function resolveAttendant(
  tiflux: TiFluxClient,
  name: string,
  argument: { name: string; id: string },
): Promise<ResolvedName> {
  const kind: NameKind<LookupUser> = {
    argument: argument.name,
    idArgument: argument.id,
    noun: 'attendant',
    plural: 'attendants',
    namesOf: (user) => [user.name, user.email],
    describe: (user) => `${user.id} · ${user.name}${user.email ? ` <${user.email}>` : ''}`,
    searchHint: 'search_user',
  };
  const user = pickOne(name, assignableUsers(await tiflux.lookups.users()), kind);
  return { id: user.id, name: user.name };
}
