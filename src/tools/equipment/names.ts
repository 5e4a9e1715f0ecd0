/**
 * Equipment, equipment types and equipment groups by name, through the shared resolver (names/pick-one.ts), every
 * page read. Clients use the shared resolveClient.
 */
import type { TiFluxClient } from '../../tiflux/client.js';
import { collectAllPages } from '../../tiflux/paging.js';
import { createEquipmentsApi, type EquipmentsApi } from '../../tiflux/resources/equipments.js';
import type { EquipmentGroup, EquipmentListItem, EquipmentType } from '../../tiflux/schemas/equipment.js';
import { pickOne, type NameKind } from '../names/pick-one.js';
import { resolveClient, type ResolvedName } from '../names/resolvers.js';
import { ToolError } from '../tool-error.js';

export const equipmentsApi = (tiflux: TiFluxClient): EquipmentsApi => tiflux.use(createEquipmentsApi);

const typeKind: NameKind<EquipmentType> = {
  argument: 'equipment_type_name',
  idArgument: 'equipment_type_id',
  noun: 'equipment type',
  plural: 'equipment types',
  namesOf: (type) => [type.name],
  describe: (type) => `${type.id} · ${type.name}`,
  searchHint: 'list_equipment_types',
  listAllWhenNoneClose: true,
};

function groupKind(clientId: number): NameKind<EquipmentGroup> {
  return {
    argument: 'equipment_group_name',
    idArgument: 'equipment_group_id',
    noun: `equipment group of client ${clientId}`,
    plural: `equipment groups of client ${clientId}`,
    namesOf: (group) => [group.name],
    describe: (group) => `${group.id} · ${group.name}`,
    searchHint: 'list_equipment_groups',
    listAllWhenNoneClose: true,
  };
}

const equipmentKind: NameKind<EquipmentListItem> = {
  argument: 'equipment_name',
  idArgument: 'equipment_id',
  noun: 'equipment',
  plural: 'equipment',
  namesOf: (equipment) => [equipment.name],
  describe: (equipment) =>
    `${equipment.id} · ${equipment.name}${equipment.client?.name ? ` (${equipment.client.name}${equipment.equipment_type?.name ? `, ${equipment.equipment_type.name}` : ''})` : ''}`,
  searchHint: 'list_equipments',
};

/** The client of an equipment argument set: client_id wins over client_name; undefined when neither is given. */
export async function clientFromArguments(
  tiflux: TiFluxClient,
  args: { client_id?: number; client_name?: string },
): Promise<{ id: number; name?: string } | undefined> {
  if (args.client_id !== undefined) return { id: args.client_id };
  if (args.client_name !== undefined) return resolveClient(tiflux, args.client_name);
  return undefined;
}

export async function resolveEquipmentType(tiflux: TiFluxClient, name: string): Promise<ResolvedName> {
  const type = pickOne(name, await collectAllPages((page) => equipmentsApi(tiflux).types(page)), typeKind);
  return { id: type.id, name: type.name };
}

export async function resolveEquipmentGroup(tiflux: TiFluxClient, clientId: number, name: string): Promise<ResolvedName> {
  const groups = await collectAllPages((page) => equipmentsApi(tiflux).groups({ ...page, client_id: clientId }));
  const group = pickOne(name, groups, groupKind(clientId));
  return { id: group.id, name: group.name };
}

/** equipment_id, or equipment_name among all equipment (of the client, when one is given). */
export async function equipmentFromArguments(
  tiflux: TiFluxClient,
  tool: string,
  args: { equipment_id?: number; equipment_name?: string; client_id?: number; client_name?: string },
): Promise<ResolvedName | { id: number; name?: undefined }> {
  if (args.equipment_id !== undefined) return { id: args.equipment_id };
  if (args.equipment_name === undefined) throw new ToolError(`${tool} needs the equipment: pass equipment_id (from list_equipments) or equipment_name.`);
  const client = await clientFromArguments(tiflux, args);
  const all = await collectAllPages((page) => equipmentsApi(tiflux).list({ ...page, client_id: client?.id }));
  const equipment = pickOne(args.equipment_name, all, equipmentKind);
  return { id: equipment.id, name: equipment.name };
}
