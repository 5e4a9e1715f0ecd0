// Client custom fields (docs/clients.md): the entities applied_in "client", shown by GET /clients/{id}?show_entities=true
// (grouped by entity, only the ticked option of a select), and set by PUT /clients/{id}/entities with the
// per-type formats of ticket entities.

import type { TenantData } from '../../data/types.js';
import { tenantOf } from '../../http/params.js';
import type { RouteContext } from '../../http/router.js';
import { renderEntityValues, writeEntityValues } from '../entities/entity-values.js';
import { activeEntitiesAppliedIn, fieldsOfEntities } from '../entities/queries.js';
import type { ClientRecord } from './records.js';

const clientEntities = (data: TenantData) => activeEntitiesAppliedIn(data, 'client');

export function renderClientEntities(data: TenantData, client: ClientRecord) {
  return renderEntityValues(data, clientEntities(data), client);
}

export function updateClientEntities(context: RouteContext, client: ClientRecord) {
  const data = tenantOf(context);
  return writeEntityValues(context, fieldsOfEntities(data, clientEntities(data)), client, 'clients');
}
