// Equipment routes (docs/assets-and-contracts.md). Every one needs the Tickets licence (403/40304); writes need "Gerenciar recursos"
// (only the admin key here: 403/40301 otherwise). /softwares refuses paging parameters with a 400.

import { nextId } from '../../data/counters.js';
import { badRequest, created, notFound, ok } from '../../http/api-response.js';
import { paginate, readPage, totalItemsHeader } from '../../http/paging.js';
import { optionalBoolean, optionalInteger, optionalString } from '../../http/query.js';
import type { Route, RouteContext } from '../../http/router.js';
import { FieldErrors, fieldsOf, has, id, text, type Fields } from '../../http/fields.js';
import { idParam, tenantOf } from '../../http/params.js';
import { requireTicketsLicence } from '../licences/index.js';
import type { EquipmentRecord } from './records.js';
import { renderEquipment, renderEquipmentListItem } from './render.js';

function findEquipment(context: RouteContext): EquipmentRecord {
  const equipmentId = idParam(context, 'id', 'Equipment');
  const equipment = tenantOf(context).equipments.find((candidate) => candidate.id === equipmentId);
  if (!equipment) throw notFound(`Equipment ${equipmentId} not found`);
  return equipment;
}

function date(fields: Fields, name: string, errors: FieldErrors): string | null | undefined {
  if (!has(fields, name)) return undefined;
  const value = fields[name];
  if (value === null || value === '') return null;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    errors.add(name, 'must be a date in the format YYYY-MM-DD');
    return undefined;
  }
  return value;
}

/** The checks create and update share: known type, a group of the equipment's client, warranty after acquisition. */
function readEquipmentFields(context: RouteContext, existing: EquipmentRecord | undefined) {
  const data = tenantOf(context);
  const fields = fieldsOf(context.body);
  const errors = new FieldErrors();
  const creating = existing === undefined;
  const name = creating || has(fields, 'name') ? text(fields, 'name', errors, true)?.trim() : undefined;
  if (name && name.length > 255) errors.add('name', 'is too long (maximum is 255 characters)');
  const clientId = creating ? id(fields, 'client_id', errors, { required: true }) : existing.client_id;
  const typeId = id(fields, 'equipment_type_id', errors, { required: creating });
  const groupId = id(fields, 'equipment_group_id', errors);
  const acquisition = date(fields, 'acquisition_date', errors);
  const warranty = date(fields, 'warranty_date', errors);
  errors.check();
  const rules = new FieldErrors();
  if (clientId !== undefined && !data.clients.some((client) => client.id === clientId)) rules.add('client_id', 'must exist');
  if (typeId !== undefined && !data.equipmentTypes.some((type) => type.id === typeId)) rules.add('equipment_type_id', 'must exist');
  const groups = data.equipmentGroups.filter((group) => group.client_id === clientId);
  if (groupId !== undefined && !groups.some((group) => group.id === groupId)) {
    rules.add('equipment_group_id', 'must belong to the equipment client');
  }
  if (creating && groupId === undefined && !groups.length) rules.add('equipment_group_id', "can't be blank");
  const finalAcquisition = acquisition === undefined ? existing?.acquisition_date ?? null : acquisition;
  const finalWarranty = warranty === undefined ? existing?.warranty_date ?? null : warranty;
  if (finalAcquisition && finalWarranty && finalWarranty < finalAcquisition) {
    rules.add('warranty_date', 'must be greater than or equal to acquisition_date');
  }
  rules.checkRules();
  return {
    name, clientId: clientId!, typeId, groupId: groupId ?? groups[0]?.id,
    acquisition: finalAcquisition, warranty: finalWarranty,
  };
}

export const equipmentRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/equipments',
    handle(context) {
      requireTicketsLicence(context);
      const data = tenantOf(context);
      const clientId = optionalInteger(context.query, 'client_id');
      const include = {
        manufacturer: optionalBoolean(context.query, 'include_manufacturer') ?? false,
        system: optionalBoolean(context.query, 'include_system') ?? false,
      };
      const equipments = data.equipments.filter((equipment) => clientId === undefined || equipment.client_id === clientId);
      return ok(
        paginate(equipments, readPage(context.query)).map((equipment) => renderEquipmentListItem(data, equipment, include)),
        totalItemsHeader(equipments.length),
      );
    },
  },
  {
    method: 'GET',
    pattern: '/equipments/:id',
    handle(context) {
      requireTicketsLicence(context);
      const showEntities = optionalBoolean(context.query, 'show_entities') ?? false;
      return ok(renderEquipment(tenantOf(context), findEquipment(context), showEntities));
    },
  },
  {
    method: 'GET',
    pattern: '/equipments/:id/softwares',
    handle(context) {
      requireTicketsLicence(context);
      if (context.query.has('offset') || context.query.has('limit')) {
        throw badRequest('This endpoint does not accept pagination parameters');
      }
      return ok(findEquipment(context).softwares);
    },
  },
  {
    method: 'POST',
    pattern: '/equipments',
    adminOnly: true,
    accepts: ['json'],
    handle(context) {
      requireTicketsLicence(context);
      const data = tenantOf(context);
      const fields = readEquipmentFields(context, undefined);
      const equipment: EquipmentRecord = {
        id: nextId(data.equipments), name: fields.name!, client_id: fields.clientId, equipment_type_id: fields.typeId!,
        equipment_group_id: fields.groupId!, acquisition_date: fields.acquisition, warranty_date: fields.warranty,
        last_seen: null, agent: null, manufacturer: null, system: null, inventory: null, softwares: [], entities: [],
      };
      data.equipments.push(equipment);
      return created(renderEquipment(data, equipment, false));
    },
  },
  {
    method: 'PUT',
    pattern: '/equipments/:id',
    adminOnly: true,
    accepts: ['json'],
    handle(context) {
      requireTicketsLicence(context);
      const equipment = findEquipment(context);
      // client_id is not updatable: TiFlux ignores it (docs/assets-and-contracts.md).
      const fields = readEquipmentFields(context, equipment);
      if (fields.name !== undefined) equipment.name = fields.name;
      if (fields.typeId !== undefined) equipment.equipment_type_id = fields.typeId;
      if (fields.groupId !== undefined) equipment.equipment_group_id = fields.groupId;
      equipment.acquisition_date = fields.acquisition;
      equipment.warranty_date = fields.warranty;
      return ok(renderEquipment(tenantOf(context), equipment, false));
    },
  },
  {
    method: 'GET',
    pattern: '/equipment-groups',
    handle(context) {
      requireTicketsLicence(context);
      const data = tenantOf(context);
      const clientId = optionalInteger(context.query, 'client_id');
      const groups = data.equipmentGroups.filter((group) => clientId === undefined || group.client_id === clientId);
      const render = (group: (typeof groups)[number]) => ({
        id: group.id, name: group.name, client: { name: data.clients.find((client) => client.id === group.client_id)!.name },
      });
      return ok(paginate(groups, readPage(context.query)).map(render), totalItemsHeader(groups.length));
    },
  },
  {
    method: 'GET',
    pattern: '/equipment-types',
    handle(context) {
      requireTicketsLicence(context);
      const wanted = optionalString(context.query, 'name')?.toLowerCase();
      const types = tenantOf(context).equipmentTypes.filter((type) => wanted === undefined || type.name.toLowerCase().includes(wanted));
      return ok(paginate(types, readPage(context.query)).map((type) => ({ id: type.id, name: type.name })), totalItemsHeader(types.length));
    },
  },
];
