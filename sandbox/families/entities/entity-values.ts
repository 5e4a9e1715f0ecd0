// Writing custom-field values (PUT …/entities on tickets, clients and requestors): one set of TiFlux's rules for
// all three, with the per-type formats of docs/tiflux-rest-api.md#tickets. Each route says which fields its record may
// carry and how to name them in "not found".

import { invalid, ok, type ApiResponse } from '../../http/api-response.js';
import { fieldsOf } from '../../http/fields.js';
import type { RouteContext } from '../../http/router.js';
import type { TenantData } from '../../data/types.js';
import type { EntityFieldRecord, EntityRecord, EntityValue } from './records.js';

/**
 * A record's custom fields as TiFlux shows them on a GET with entities: grouped by entity, every field with its
 * value or null, and only the ticked option of a select (clients and requestors alike).
 */
export function renderEntityValues(
  data: TenantData,
  entities: readonly EntityRecord[],
  target: { entity_values: Record<number, EntityValue> },
) {
  return entities.map((entity) => ({
    id: entity.id,
    name: entity.name,
    entity_fields: data.entityFields
      .filter((field) => field.entity_id === entity.id)
      .map((field) => {
        const filled = target.entity_values[field.id];
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

/**
 * Validates every entry first (all problems reported at once, nothing written on any), then writes the values into
 * `target.entity_values` and answers the written fields grouped by entity.
 */
export function writeEntityValues(
  context: RouteContext,
  allowed: readonly EntityFieldRecord[],
  target: { entity_values: Record<number, EntityValue> },
  notFoundFor: string,
): ApiResponse {
  const items = fieldsOf(context.body).entities;
  if (!Array.isArray(items) || items.length === 0) throw invalid({ entities: ['must be a non-empty array'] });
  const errors: Record<string, string[]> = {};
  const report = (index: number, message: string) => (errors[`entities[${index}]`] ??= []).push(message);
  const updates: { field: EntityFieldRecord; value: EntityValue | null }[] = [];

  items.forEach((raw: EntityInput, index) => {
    const field = allowed.find((candidate) => candidate.id === raw?.entity_field_id);
    if (!field) return report(index, `entity_field_id ${String(raw?.entity_field_id)} not found for ${notFoundFor}`);
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
    if (value === null) delete target.entity_values[field.id];
    else target.entity_values[field.id] = value;
  }
  const byEntity = new Map<number, { entity_field_id: number; name: string; value: string | null }[]>();
  for (const { field, value } of updates) {
    const list = byEntity.get(field.entity_id) ?? [];
    list.push({ entity_field_id: field.id, name: field.name, value: value?.value ?? null });
    byEntity.set(field.entity_id, list);
  }
  return ok({ entities: [...byEntity.entries()].map(([entityId, entity_fields]) => ({ id: entityId, entity_fields })) });
}

/** Why a value does not fit the field's type (the formats of docs/tiflux-rest-api.md#tickets). */
export function formatProblem(field: EntityFieldRecord, value: string): string | undefined {
  switch (field.field_type) {
    case 'currency':
      return /^-?\d+(\.\d{1,2})?$/.test(value) ? undefined : 'must be a decimal number such as "150.55"';
    case 'phone':
      return /^\d{8,15}$/.test(value) ? undefined : 'Is not a valid phone number';
    case 'email':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? undefined : 'is not a valid e-mail';
    case 'link':
      return /^(https?|ftp):\/\//i.test(value) ? undefined : 'must start with http, https or ftp';
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : 'must be a date as YYYY-MM-DD';
    case 'single_select':
      return field.options?.some((option) => String(option.id) === value) ? undefined : 'must be the id of one of the options';
    case 'checkbox':
      return value === 'true' || value === 'false' ? undefined : 'must be "true" or "false"';
    default:
      return undefined;
  }
}
