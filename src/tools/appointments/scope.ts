/**
 * Who and where for the organisation-wide appointment tools (list_appointments_global, list_appointments_report):
 * user_ids or user_names, desk_ids or desk_names, comma-separated; ids win over names. Every name is resolved
 * against the complete, cached lists, in parallel, and every wrong name is reported at once.
 */
import * as z from 'zod';
import type { TiFluxClient } from '../../tiflux/client.js';
import { MAX_IDS_PER_FILTER } from '../../tiflux/client.js';
import type { Desk } from '../../tiflux/client.js';
import { pickOne, type NameKind } from '../names/pick-one.js';
import { resolveAttendant, type ResolvedName } from '../names/resolvers.js';
import { settleAll } from '../names/settle-all.js';
import { idListParam } from '../shared/params.js';
import { ToolError } from '../tool-error.js';

export const scopeInput = () => ({
  user_ids: idListParam('Only these technicians (attendant ids, from search_user).'),
  user_names: z.string().max(2000).optional().describe('Technician names instead of user_ids, comma-separated ("Ana Souza, João Pedro").'),
  desk_ids: idListParam('Only these desks (ids).'),
  desk_names: z.string().max(2000).optional().describe('Desk names instead of desk_ids, comma-separated.'),
});

/** The same matching as desk_name, worded for these arguments (technicians go through resolveAttendant). */
const deskKind: NameKind<Desk> = {
  argument: 'desk_names',
  idArgument: 'desk_ids',
  noun: 'active desk',
  plural: 'desks',
  namesOf: (desk) => [desk.name, desk.display_name],
  describe: (desk) => `${desk.id} · ${desk.display_name || desk.name}`,
  listAllWhenNoneClose: true,
};

async function desk(tiflux: TiFluxClient, name: string): Promise<ResolvedName> {
  const found = pickOne(name, await tiflux.lookups.desks(), deskKind);
  return { id: found.id, name: found.display_name || found.name };
}

export interface Scope {
  user_ids: string | undefined;
  desk_ids: string | undefined;
  /** Resolved names, for the answer. */
  users: ResolvedName[];
  desks: ResolvedName[];
}

function namesIn(list: string | undefined, argument: string): string[] {
  if (list === undefined) return [];
  const names = [...new Set(list.split(',').map((name) => name.trim()).filter(Boolean))];
  if (names.length > MAX_IDS_PER_FILTER) {
    throw new ToolError(`${argument} accepts at most ${MAX_IDS_PER_FILTER} names (got ${names.length}); split the request.`);
  }
  return names;
}

export async function resolveScope(
  tiflux: TiFluxClient,
  args: { user_ids?: string; user_names?: string; desk_ids?: string; desk_names?: string },
): Promise<Scope> {
  const userNames = args.user_ids === undefined ? namesIn(args.user_names, 'user_names') : [];
  const deskNames = args.desk_ids === undefined ? namesIn(args.desk_names, 'desk_names') : [];
  const [users, desks] = await settleAll([
    settleAll(userNames.map((name) => resolveAttendant(tiflux, name, { name: 'user_names', id: 'user_ids' }))),
    settleAll(deskNames.map((name) => desk(tiflux, name))),
  ] as const);
  const ids = (resolved: ResolvedName[]) => (resolved.length ? [...new Set(resolved.map((r) => r.id))].join(',') : undefined);
  return {
    user_ids: args.user_ids ?? ids(users),
    desk_ids: args.desk_ids ?? ids(desks),
    users,
    desks,
  };
}

/** "technicians Ana Souza, João Pedro · desks Suporte" (or the ids), for the answer's first line. */
export function scopeLine(scope: Scope): string {
  const users = scope.users.length ? scope.users.map((u) => u.name).join(', ') : scope.user_ids ? `ids ${scope.user_ids}` : '';
  const desks = scope.desks.length ? scope.desks.map((d) => d.name).join(', ') : scope.desk_ids ? `ids ${scope.desk_ids}` : '';
  return [users && `technicians ${users}`, desks && `desks ${desks}`].filter(Boolean).join(' · ');
}

/**
 * TiFlux may ignore user_ids for keys without "Visualizar relatórios dos técnicos" (docs/appointments.md): rows of
 * other technicians then come back. Said plainly instead of presenting them as filtered.
 */
export function ignoredUserFilterNote(scope: Scope, rowUserIds: readonly (number | null | undefined)[]): string | undefined {
  if (!scope.user_ids) return undefined;
  const wanted = new Set(scope.user_ids.split(',').map(Number));
  const others = rowUserIds.filter((id) => id != null && !wanted.has(id));
  if (!others.length) return undefined;
  return (
    'Note: TiFlux returned appointments of other technicians too, so it ignored the technician filter (keys without ' +
    'the "Visualizar relatórios dos técnicos" permission get every technician). The rows below are NOT filtered by technician.'
  );
}
