// Turns the entity specs into custom-field groups and their fields; option ids count up from ten times the first
// field id. Nothing here is random.

import { makeCounters } from '../../data/counters.js';
import type { TenantData, TenantId } from '../../data/types.js';
import { deskIdsByName } from '../desks/generate.js';
import { ENTITY_SPECS } from './spec.js';

export function generateEntities(data: TenantData, tenantId: TenantId): void {
  const spec = ENTITY_SPECS[tenantId];
  const ids = makeCounters(spec.idStart);
  data.entities = [];
  data.entityFields = [];
  let optionId = spec.idStart.entityField * 10;
  for (const entitySpec of spec.entities) {
    const entity = {
      id: ids.entity(),
      name: entitySpec.name,
      applied_in: entitySpec.applied_in ?? 'ticket',
      active: entitySpec.active ?? true,
      desk_ids: deskIdsByName(data, entitySpec.desks),
    };
    data.entities.push(entity);
    for (const fieldSpec of entitySpec.fields) {
      data.entityFields.push({
        id: ids.entityField(), entity_id: entity.id, name: fieldSpec.name, field_type: fieldSpec.field_type,
        required: fieldSpec.required ?? false,
        options: fieldSpec.options?.map((title) => ({ id: optionId++, title })) ?? null,
      });
    }
  }
}
