/** Equipment (the machines of clients, with the TiFlux agent's inventory), equipment groups and types. */
import { getOne, getPage, given, json, send } from '../endpoint.js';
import type { Page, PageRequest } from '../paging.js';
import { apiPath, idSegment } from '../path.js';
import {
  equipmentSchemas as s,
  type Equipment,
  type EquipmentGroup,
  type EquipmentListItem,
  type EquipmentSoftware,
  type EquipmentType,
} from '../schemas/equipment.js';
import type { Transport } from '../transport-types.js';

export interface EquipmentListFilters extends PageRequest {
  client_id?: number;
  include_manufacturer?: boolean;
  include_system?: boolean;
}

export interface EquipmentFields {
  name?: string;
  client_id?: number;
  equipment_type_id?: number;
  equipment_group_id?: number;
  acquisition_date?: string;
  warranty_date?: string;
}

export interface EquipmentsApi {
  list(filters?: EquipmentListFilters): Promise<Page<EquipmentListItem>>;
  get(equipmentId: number, options?: { show_entities?: boolean }): Promise<Equipment>;
  create(fields: EquipmentFields): Promise<Equipment>;
  update(equipmentId: number, fields: EquipmentFields): Promise<Equipment>;
  /** Everything at once: TiFlux answers 400 to paging parameters here. */
  softwares(equipmentId: number): Promise<EquipmentSoftware[]>;
  groups(filters?: PageRequest & { client_id?: number }): Promise<Page<EquipmentGroup>>;
  types(filters?: PageRequest & { name?: string }): Promise<Page<EquipmentType>>;
}

export function createEquipmentsApi(transport: Transport): EquipmentsApi {
  const equipment = (id: number) => idSegment(id, 'equipment_id');
  // Flags are sent only when true, as TiFlux's own server does.
  const flag = (value: boolean | undefined) => (value ? true : undefined);
  return {
    list: ({ offset, limit, client_id, include_manufacturer, include_system } = {}) =>
      getPage(transport, {
        path: '/equipments',
        query: { client_id, include_manufacturer: flag(include_manufacturer), include_system: flag(include_system) },
        page: { offset, limit },
        schema: s().equipmentListSchema,
        action: 'list equipment',
      }),

    get: (id, options = {}) =>
      getOne(transport, {
        path: apiPath`/equipments/${equipment(id)}`,
        query: { show_entities: flag(options.show_entities) },
        schema: s().equipmentSchema,
        action: `read equipment ${id}`,
        notFound: `equipment with id ${id}`,
      }),

    create: (fields) =>
      send(transport, { method: 'POST', path: '/equipments', body: json(given({ ...fields })), schema: s().equipmentSchema, action: 'create equipment' }),

    update: (id, fields) =>
      send(transport, {
        method: 'PUT', path: apiPath`/equipments/${equipment(id)}`, body: json(given({ ...fields })),
        schema: s().equipmentSchema, action: `update equipment ${id}`, notFound: `equipment with id ${id}`,
      }),

    softwares: (id) =>
      getOne(transport, {
        path: apiPath`/equipments/${equipment(id)}/softwares`,
        schema: s().softwareListSchema,
        action: `list the software of equipment ${id}`,
        notFound: `equipment with id ${id}`,
      }),

    groups: ({ offset, limit, client_id } = {}) =>
      getPage(transport, {
        path: '/equipment-groups', query: { client_id }, page: { offset, limit },
        schema: s().equipmentGroupListSchema, action: 'list equipment groups',
      }),

    types: ({ offset, limit, name } = {}) =>
      getPage(transport, {
        path: '/equipment-types', query: { name: name?.trim() }, page: { offset, limit },
        schema: s().equipmentTypeListSchema, action: 'list equipment types',
      }),
  };
}
