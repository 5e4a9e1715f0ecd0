// Client custom fields (docs/clients.md): the entities applied_in "client", shown by GET /clients/{id}?show_entities=true
// (grouped by entity, only the ticked option of a select), and set by PUT /clients/{id}/entities with the
// per-type formats of ticket entities.

import type { ClientRecord, EntityFieldRecord, EntityValue, TenantData } from '../data/types.js';
import { invalid, ok } from '../http/api-response.js';
import type { RouteContext } from '../http/router.js';
import { fieldsOf } from './fields.js';
import { tenantOf } from './params.js';
import { formatProblem } from './ticket-entities.js';

const clientEntities = (data: TenantData) => data.entities.filter((entity) => entity.applied_in === 'client' && entity.active);

function clientFields(data: TenantData): EntityFieldRecord[] {
  const ids = new Set(clientEntities(data).map((entity) => entity.id));
  return data.entityFields.filter((field) => ids.has(field.entity_id));
}

export function renderClientEntities(data: TenantData, client: ClientRecord) {
  return clientEntities(data).map((entity) => ({
    id: entity.id,
    name: entity.name,
    entity_fields: data.entityFields
      .filter((field) => field.entity_id === entity.id)
      .map((field) => {
        const filled = client.entity_values[field.id];
        const option = field.options?.find((candidate) => candidate.id === filled?.option_id);
        return {
          entity_field_id: field.id, name: field.name, field_type: field.field_type, required: field.required,
          value: filled?.value ?? null,
          options: option ? [{ id: option.id, entity_field_option_id: option.id, title: option.title, value: option.title }] : [],
        };
      }),
  }));
}

interface EntityInput {
  entity_field_id?: unknown;
  value?: unknown;
  entity_field_option_id?: unknown;
  country_code?: unknown;
}

export function updateClientEntities(context: RouteContext, client: ClientRecord) {
  const data = tenantOf(context);
  const items = fieldsOf(context.body).entities;
  if (!Array.isArray(items) || items.length === 0) throw invalid({ entities: ['must be a non-empty array'] });
  const allowed = clientFields(data);
  const errors: Record<string, string[]> = {};
  const report = (index: number, message: string) => (errors[`entities[${index}]`] ??= []).push(message);
  const updates: { field: EntityFieldRecord; value: EntityValue | null }[] = [];

  items.forEach((raw: EntityInput, index) => {
    const field = allowed.find((candidate) => candidate.id === raw?.entity_field_id);
    if (!field) return report(index, `entity_field_id ${String(raw?.entity_field_id)} not found for clients`);
    if (!('value' in raw)) return report(index, "value can't be blank");
    if (raw.value === null) {
      if (field.required) return report(index, `${field.name} is required and cannot be cleared`);
      return updates.push({ field, value: null });
    }
    if (typeof raw.value !== 'string') return report(index, 'value must be a string');
    const problem = formatProblem(field, raw.value);
    if (problem) return report(index, `${field.name}: ${problem}`);
    const optionId = field.field_type === 'single_select' ? Number(raw.value) : null;
    updates.push({
      field,
      value: { value: raw.value, option_id: optionId, country_code: typeof raw.country_code === 'string' ? raw.country_code : null },
    });
  });
  if (Object.keys(errors).length > 0) throw invalid(errors);

  for (const { field, value } of updates) {
    if (value === null) delete client.entity_values[field.id];
    else client.entity_values[field.id] = value;
  }
  const byEntity = new Map<number, { entity_field_id: number; name: string; value: string | null }[]>();
  for (const { field, value } of updates) {
    const list = byEntity.get(field.entity_id) ?? [];
    list.push({ entity_field_id: field.id, name: field.name, value: value?.value ?? null });
    byEntity.set(field.entity_id, list);
  }
  return ok({ entities: [...byEntity.entries()].map(([entityId, entity_fields]) => ({ id: entityId, entity_fields })) });
}
