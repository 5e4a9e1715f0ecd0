// PUT /tickets/{n}/entities (JSON): set custom-field values of the groups the ticket's desk carries
// (docs/tiflux-rest-api.md#tickets); the rules are entity-values.ts's.

import { tenantOf } from '../../http/params.js';
import type { RouteContext } from '../../http/router.js';
import { writeEntityValues } from '../entities/entity-values.js';
import { entitiesOfDesk, fieldsOfEntities } from '../entities/queries.js';
import { findTicket } from './params.js';

export function updateTicketEntities(context: RouteContext) {
  const data = tenantOf(context);
  const ticket = findTicket(context);
  return writeEntityValues(context, fieldsOfEntities(data, entitiesOfDesk(data, ticket.desk_id)), ticket, 'this ticket');
}
