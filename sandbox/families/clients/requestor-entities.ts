// Requestor custom fields (docs/people.md): the entities applied_in "solicitant", in the two shapes TiFlux uses
// (the list's flat `entity_fields` with the whole option catalogue, the get's `entities` with only ticked options),
// and PUT /clients/{cid}/requestors/{id}/entities.

import type { TenantData } from '../../data/types.js';
import { tenantOf } from '../../http/params.js';
import type { RouteContext } from '../../http/router.js';
import { renderEntityValues, writeEntityValues } from '../entities/entity-values.js';
import { activeEntitiesAppliedIn, fieldsOfEntities } from '../entities/queries.js';
import type { RequestorRecord } from './records.js';

const requestorEntities = (data: TenantData) => activeEntitiesAppliedIn(data, 'solicitant');
const requestorFields = (data: TenantData) => fieldsOfEntities(data, requestorEntities(data));

/** List shape: every field, its value or null; `options` is the full catalogue (unticked entries with id/value null). */
export function renderListEntityFields(data: TenantData, requestor: RequestorRecord) {
  return requestorFields(data).map((field) => {
    const filled = requestor.entity_values[field.id];
    return {
      entity_field_id: field.id, name: field.name, field_type: field.field_type, required: field.required,
      value: filled?.value ?? null,
      options: field.options?.map((option) => {
        const ticked = filled?.option_id === option.id;
        return { id: ticked ? option.id : null, entity_field_option_id: option.id, title: option.title, value: ticked ? option.title : null };
      }) ?? null,
    };
  });
}

/** Get shape: grouped by entity, only the ticked options. */
export function renderRequestorEntities(data: TenantData, requestor: RequestorRecord) {
  return renderEntityValues(data, requestorEntities(data), requestor);
}

export function updateRequestorEntities(context: RouteContext, requestor: RequestorRecord) {
  return writeEntityValues(context, requestorFields(tenantOf(context)), requestor, 'requestors');
}
