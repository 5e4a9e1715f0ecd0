// Custom-field metadata (docs/people.md): entities (field groups), their fields, and the options of select/checkbox fields.

import { invalid, notFound, ok } from '../../http/api-response.js';
import { paginate, readPage } from '../../http/paging.js';
import { idParam, tenantOf } from '../../http/params.js';
import { optionalBoolean, optionalString } from '../../http/query.js';
import type { Route } from '../../http/router.js';

const APPLIED_IN = ['ticket', 'client', 'solicitant', 'services_catalog', 'services_catalogs_area', 'services_catalogs_item', 'equipment'];
const FIELD_TYPES = ['text', 'text_area', 'currency', 'phone', 'email', 'link', 'date', 'single_select', 'checkbox'];

/** `name` / `value` filters: partial and case-insensitive (docs/people.md). */
const contains = (text: string, wanted: string | undefined) => wanted === undefined || text.toLowerCase().includes(wanted.toLowerCase());

export const entityRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/entities',
    handle(context) {
      const active = optionalBoolean(context.query, 'active');
      const appliedIn = optionalString(context.query, 'applied_in');
      const name = optionalString(context.query, 'name');
      if (appliedIn !== undefined && !APPLIED_IN.includes(appliedIn)) throw invalid({ applied_in: [`must be one of ${APPLIED_IN.join(', ')}`] });
      const entities = tenantOf(context).entities.filter(
        (entity) =>
          (active === undefined || entity.active === active) &&
          (appliedIn === undefined || entity.applied_in === appliedIn) &&
          contains(entity.name, name),
      );
      return ok(paginate(entities, readPage(context.query)).map((entity) => ({
        id: entity.id, name: entity.name, applied_in: entity.applied_in, active: entity.active,
      })));
    },
  },
  {
    method: 'GET',
    pattern: '/entities/:id/fields',
    handle(context) {
      const data = tenantOf(context);
      const entityId = idParam(context, 'id', 'Entity');
      if (!data.entities.some((entity) => entity.id === entityId)) throw notFound(`Entity ${entityId} not found`);
      const fieldType = optionalString(context.query, 'field_type');
      const required = optionalBoolean(context.query, 'required');
      const name = optionalString(context.query, 'name');
      if (fieldType !== undefined && !FIELD_TYPES.includes(fieldType)) throw invalid({ field_type: [`must be one of ${FIELD_TYPES.join(', ')}`] });
      const fields = data.entityFields.filter(
        (field) =>
          field.entity_id === entityId &&
          (fieldType === undefined || field.field_type === fieldType) &&
          (required === undefined || field.required === required) &&
          contains(field.name, name),
      );
      return ok(paginate(fields, readPage(context.query)).map((field) => ({
        id: field.id, name: field.name, field_type: field.field_type, required: field.required,
      })));
    },
  },
  {
    method: 'GET',
    pattern: '/entity_fields/:id/options',
    handle(context) {
      const fieldId = idParam(context, 'id', 'Entity field');
      const field = tenantOf(context).entityFields.find((candidate) => candidate.id === fieldId);
      if (!field) throw notFound(`Entity field ${fieldId} not found`);
      const value = optionalString(context.query, 'value');
      const options = (field.options ?? []).filter((option) => contains(option.title, value));
      // `value` is the label (docs/people.md); null_option marks the "no choice" entry, which the sandbox never seeds.
      return ok(paginate(options, readPage(context.query)).map((option) => ({ id: option.id, value: option.title, null_option: false })));
    },
  },
];
