/** Custom-field metadata: entities (field groups), their fields, and the options of select/checkbox fields. */
import { apiPath, idSegment } from '../path.js';
import type { PageRequest } from '../paging.js';
import type { Transport } from '../transport-types.js';
import { getPage } from '../endpoint.js';
import { peopleSchemas as s } from '../schemas/people.js';

export const ENTITY_APPLIED_IN = [
  'ticket', 'client', 'solicitant', 'services_catalog', 'services_catalogs_area', 'services_catalogs_item', 'equipment',
] as const;
export type EntityAppliedIn = (typeof ENTITY_APPLIED_IN)[number];

export const ENTITY_FIELD_TYPES = [
  'text', 'text_area', 'currency', 'phone', 'email', 'link', 'date', 'single_select', 'checkbox',
] as const;

export function createEntitiesApi(transport: Transport) {
  return {
    list: (filters: PageRequest & { active?: boolean; applied_in?: EntityAppliedIn; name?: string } = {}) =>
      getPage(transport, {
        path: '/entities',
        query: { active: filters.active, applied_in: filters.applied_in, name: filters.name },
        page: filters,
        schema: s().entityMetaListSchema,
        action: 'list custom-field entities',
      }),

    fields(entityId: number, filters: PageRequest & { field_type?: string; required?: boolean; name?: string } = {}) {
      const id = idSegment(entityId, 'entity_id');
      return getPage(transport, {
        path: apiPath`/entities/${id}/fields`,
        query: { field_type: filters.field_type, required: filters.required, name: filters.name },
        page: filters,
        schema: s().entityFieldMetaListSchema,
        action: `list the fields of entity ${id}`,
        notFound: `entity with id ${id}`,
      });
    },

    options(fieldId: number, filters: PageRequest & { value?: string } = {}) {
      const id = idSegment(fieldId, 'entity_field_id');
      return getPage(transport, {
        path: apiPath`/entity_fields/${id}/options`,
        query: { value: filters.value },
        page: filters,
        schema: s().entityOptionListSchema,
        action: `list the options of custom field ${id}`,
        notFound: `custom field with id ${id}`,
      });
    },
  };
}

export type EntitiesApi = ReturnType<typeof createEntitiesApi>;
