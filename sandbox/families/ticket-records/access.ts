// Who may read a ticket's sub-resources. Guess (docs/tickets.md): admins always; an attendant only on the desks
// their technical group serves, else 403/40301, the code TiFlux uses for ticket sub-resources.

import type { TenantData } from '../../data/types.js';
import type { TicketRecord } from '../tickets/records.js';
import { forbidden } from '../../http/api-response.js';
import type { RouteContext } from '../../http/router.js';

export function servesDesk(data: TenantData, context: RouteContext, deskId: number): boolean {
  if (context.principal.isAdmin) return true;
  const groupId = context.principal.user.technical_group_id;
  const group = data.technicalGroups.find((candidate) => candidate.id === groupId);
  return group?.desk_ids.includes(deskId) ?? false;
}

export function requireDeskAccess(data: TenantData, context: RouteContext, ticket: TicketRecord, what: string): void {
  if (!servesDesk(data, context, ticket.desk_id)) {
    throw forbidden(`You do not have permission to access the ${what} of ticket ${ticket.ticket_number}`);
  }
}
