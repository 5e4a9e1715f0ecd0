/**
 * priority_name → id within one desk, against every page of the desk's priorities (cached like the other
 * lookups); TiFlux's server read one page and guessed on ties.
 */
import type { Priority, TiFluxClient } from '../../tiflux/client.js';
import { pickOne, type NameKind } from './pick-one.js';
import type { ResolvedName } from './resolvers.js';

function priorityKind(deskId: number): NameKind<Priority> {
  return {
    argument: 'priority_name',
    idArgument: 'priority_id',
    noun: `priority of desk ${deskId}`,
    plural: `priorities of desk ${deskId}`,
    namesOf: (priority) => [priority.name],
    describe: (priority) => `${priority.id} · ${priority.name}`,
    listAllWhenNoneClose: true,
  };
}

export async function resolvePriority(tiflux: TiFluxClient, deskId: number, name: string): Promise<ResolvedName> {
  const priority = pickOne(name, await tiflux.lookups.priorities(deskId), priorityKind(deskId));
  return { id: priority.id, name: priority.name };
}
