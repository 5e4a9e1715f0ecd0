// Lookups over the custom-field metadata that the tickets and clients families need, for generating values,
// writing them (PUT …/entities) and rendering them.

import type { TenantData } from '../../data/types.js';
import type { EntityAppliedIn, EntityFieldRecord, EntityRecord } from './records.js';

/** The active entities shown on clients ("client") or requestors ("solicitant"). */
export function activeEntitiesAppliedIn(data: TenantData, appliedIn: EntityAppliedIn): EntityRecord[] {
  return data.entities.filter((entity) => entity.applied_in === appliedIn && entity.active);
}

/** The entities a ticket on this desk carries. */
export function entitiesOfDesk(data: TenantData, deskId: number): EntityRecord[] {
  return data.entities.filter((entity) => entity.desk_ids.includes(deskId));
}

/** The fields of these entities, in field order. */
export function fieldsOfEntities(data: TenantData, entities: readonly EntityRecord[]): EntityFieldRecord[] {
  const ids = new Set(entities.map((entity) => entity.id));
  return data.entityFields.filter((field) => ids.has(field.entity_id));
}
