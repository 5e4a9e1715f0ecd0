/**
 * The five names tools accept (client_name, desk_name, stage_name, responsible_name, catalog_item_name), and an
 * attendant under the tool's own argument names (resolveAttendant), resolved against the client's cached, all-pages
 * lookups. Each returns `{ id, name }` or throws a ToolError (pick-one.ts).
 */
import type { CatalogItem, Client, Desk, LookupUser, Stage, TiFluxClient } from '../../tiflux/client.js';
import { pickOne, type NameKind } from './pick-one.js';

export interface ResolvedName {
  id: number;
  name: string;
}

const clientKind: NameKind<Client> = {
  argument: 'client_name',
  idArgument: 'client_id',
  noun: 'client',
  plural: 'clients',
  namesOf: (client) => [client.name, client.social],
  describe: (client) => `${client.id} · ${client.name}${client.social && client.social !== client.name ? ` (${client.social})` : ''}`,
  searchHint: 'search_client',
};

const deskKind: NameKind<Desk> = {
  argument: 'desk_name',
  idArgument: 'desk_id',
  noun: 'active desk',
  plural: 'desks',
  namesOf: (desk) => [desk.name, desk.display_name],
  describe: (desk) =>
    `${desk.id} · ${desk.name}${desk.display_name && desk.display_name !== desk.name ? ` ("${desk.display_name}")` : ''}`,
  listAllWhenNoneClose: true,
};

function stageKind(deskId: number): NameKind<Stage> {
  return {
    argument: 'stage_name',
    idArgument: 'stage_id',
    noun: `stage of desk ${deskId}`,
    plural: `stages of desk ${deskId}`,
    namesOf: (stage) => [stage.name],
    describe: (stage) => `${stage.id} · ${stage.name}${stage.index != null ? ` (position ${stage.index})` : ''}`,
    searchHint: 'search_stage',
    listAllWhenNoneClose: true,
  };
}

/** Attendants, named in messages by the tool's own arguments (responsible_name, the chat tools' user_name…). */
function attendantKind(argument: { name: string; id: string }): NameKind<LookupUser> {
  return {
    argument: argument.name,
    idArgument: argument.id,
    noun: 'attendant',
    plural: 'attendants',
    namesOf: (user) => [user.name, user.email],
    describe: (user) => `${user.id} · ${user.name}${user.email ? ` <${user.email}>` : ''}`,
    searchHint: 'search_user',
  };
}

function catalogItemKind(deskId: number): NameKind<CatalogItem> {
  return {
    argument: 'catalog_item_name',
    idArgument: 'services_catalogs_item_id',
    noun: `catalogue item of desk ${deskId}`,
    plural: `catalogue items of desk ${deskId}`,
    namesOf: (item) => [item.name],
    describe: (item) => `${item.id} · ${item.name}${catalogPathOf(item) ? ` (${catalogPathOf(item)})` : ''}`,
    searchHint: 'search_catalog_item',
  };
}

/** "Infra › Acessos": what tells two items of the same name apart. */
export function catalogPathOf(item: CatalogItem): string {
  return [item.catalog?.name, item.area?.name ?? item.area_name].filter(Boolean).join(' › ');
}

/** Users a ticket can be assigned to: attendants and admins (a /users list also holds client-portal users). */
export function assignableUsers(users: readonly LookupUser[]): LookupUser[] {
  return users.filter((user) => user.source === 'technical-users' || user.type === 'admin' || user.type === 'attendant');
}

export async function resolveClient(tiflux: TiFluxClient, name: string): Promise<ResolvedName> {
  const client = pickOne(name, await tiflux.lookups.clients(name), clientKind);
  return { id: client.id, name: client.name };
}

export async function resolveDesk(tiflux: TiFluxClient, name: string): Promise<ResolvedName> {
  const desk = pickOne(name, await tiflux.lookups.desks(), deskKind);
  return { id: desk.id, name: desk.display_name || desk.name };
}

export async function resolveStage(tiflux: TiFluxClient, deskId: number, name: string): Promise<ResolvedName> {
  const stage = pickOne(name, await tiflux.lookups.stages(deskId), stageKind(deskId));
  return { id: stage.id, name: stage.name };
}

export function resolveResponsible(tiflux: TiFluxClient, name: string): Promise<ResolvedName> {
  return resolveAttendant(tiflux, name, { name: 'responsible_name', id: 'responsible_id' });
}

/** An attendant by name for tools whose argument is not `responsible_name`: the same users and tiers. */
export async function resolveAttendant(
  tiflux: TiFluxClient,
  name: string,
  argument: { name: string; id: string },
): Promise<ResolvedName> {
  const user = pickOne(name, assignableUsers(await tiflux.lookups.users()), attendantKind(argument));
  return { id: user.id, name: user.name };
}

export async function resolveCatalogItem(tiflux: TiFluxClient, deskId: number, name: string): Promise<ResolvedName> {
  const item = pickOne(name, await tiflux.lookups.catalogItems(deskId), catalogItemKind(deskId));
  return { id: item.id, name: item.name };
}

/** The stage a ticket lands in when moved to a desk: the one flagged first, else the lowest position. */
export async function firstStageOf(tiflux: TiFluxClient, deskId: number): Promise<ResolvedName | undefined> {
  const stages = await tiflux.lookups.stages(deskId);
  const flagged = stages.find((stage) => stage.first_stage === true);
  const first =
    flagged ?? [...stages].sort((a, b) => (a.index ?? Number.MAX_SAFE_INTEGER) - (b.index ?? Number.MAX_SAFE_INTEGER))[0];
  return first ? { id: first.id, name: first.name } : undefined;
}
