// PUT /tickets/{n}/entities (JSON): set custom-field values of the groups the ticket's desk carries
// (docs/tiflux-rest-api.md#tickets); the rules are entity-values.ts's.

import { tenantOf } from '../../http/params.js';
import type { RouteContext } from '../../http/router.js';
import { writeEntityValues } from '../entities/entity-values.js';
import { findTicket } from './params.js';

export function updateTicketEntities(context: RouteContext) {
  const data = tenantOf(context);
  const ticket = findTicket(context);
  const entityIds = new Set(data.entities.filter((entity) => entity.desk_ids.includes(ticket.desk_id)).map((entity) => entity.id));
  const allowed = data.entityFields.filter((field) => entityIds.has(field.entity_id));
  return writeEntityValues(context, allowed, ticket, 'this ticket');
}
