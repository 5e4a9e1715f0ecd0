// PUT /tickets/{n} (JSON, docs/tiflux-rest-api.md#tickets), with the business rules learned in production: desk transfers
// need a desk relationship and re-scope stage/priority/catalogue item; a priority change outside a transfer needs a
// reason (and a reason during a transfer is refused); requestor_id must belong to the ticket's client; followers
// replace.

import { toBrasiliaIso } from '../../data/dates.js';
import { ok, refused } from '../../http/api-response.js';
import { FieldErrors, fieldsOf, followerList, has, id, isEmail, nullableId, text } from '../../http/fields.js';
import { tenantOf } from '../../http/params.js';
import type { RouteContext } from '../../http/router.js';
import { resolveRequestor } from '../clients/resolve-requestor.js';
import { stagesOfDesk } from '../desks/queries.js';
import { itemsOfDesk } from '../services-catalogs/queries.js';
import type { TicketRecord } from './records.js';
import { renderTicket } from './render.js';
import { checkDeskScopedIds, isActiveStaff } from './ticket-create.js';
import { findTicket } from './params.js';

export function updateTicket(context: RouteContext) {
  const data = tenantOf(context);
  const ticket = findTicket(context);
  const fields = fieldsOf(context.body);
  const errors = new FieldErrors();

  const title = has(fields, 'title') ? text(fields, 'title', errors, true) : undefined;
  const description = has(fields, 'description') ? text(fields, 'description', errors) ?? '' : undefined;
  const clientId = id(fields, 'client_id', errors);
  const deskId = id(fields, 'desk_id', errors);
  const stageId = id(fields, 'stage_id', errors);
  const responsibleId = nullableId(fields, 'responsible_id', errors);
  const priorityId = nullableId(fields, 'priority_id', errors);
  const statusId = id(fields, 'status_id', errors);
  const itemId = nullableId(fields, 'services_catalogs_item_id', errors);
  const requestorId = id(fields, 'requestor_id', errors);
  const reason = has(fields, 'priority_change_reason') ? text(fields, 'priority_change_reason', errors) : undefined;
  const followers = has(fields, 'followers') ? followerList(text(fields, 'followers', errors) ?? '', errors) : undefined;
  const requestorName = text(fields, 'requestor_name', errors);
  const requestorEmail = text(fields, 'requestor_email', errors);
  if (requestorEmail && !isEmail(requestorEmail)) errors.add('requestor_email', 'is invalid');
  errors.check();

  if (ticket.state !== 'open') throw refused({ base: [`Ticket ${ticket.ticket_number} is ${ticket.state} and cannot be updated`] });

  const targetClientId = clientId ?? ticket.client_id;
  const transfer = deskId !== undefined && deskId !== ticket.desk_id;
  const targetDeskId = deskId ?? ticket.desk_id;
  const targetDesk = data.desks.find((desk) => desk.id === targetDeskId);
  if (clientId !== undefined && !data.clients.some((client) => client.id === clientId && client.status)) errors.add('client_id', 'not found');
  if (!targetDesk || !targetDesk.active) errors.add('desk_id', 'not found');
  else checkDeskScopedIds(data, targetDesk.id, { priority_id: priorityId, services_catalogs_item_id: itemId, stage_id: stageId }, errors);
  if (statusId !== undefined && !data.statuses.some((status) => status.id === statusId && status.state === 'open')) errors.add('status_id', 'not found');
  if (responsibleId != null && !isActiveStaff(data, responsibleId)) errors.add('responsible_id', 'not found');
  if (requestorId !== undefined && !data.requestors.some((r) => r.id === requestorId && r.client_id === targetClientId)) {
    errors.add('requestor_id', 'requestor not found');
  }
  const priorityChanges = priorityId !== undefined && priorityId !== ticket.priority_id;
  if (!transfer && priorityChanges && !reason) {
    errors.add('priority_change_reason', 'Cannot send :priority_id without :priority_change_reason');
  }
  errors.check();

  const rules = new FieldErrors();
  if (transfer) {
    const current = data.desks.find((desk) => desk.id === ticket.desk_id)!;
    if (!current.transfer_desk_ids.includes(targetDeskId)) {
      rules.add('desk_id', `desk_id ${targetDeskId}: there is no relationship between desk "${current.display_name}" and desk "${targetDesk!.display_name}"`);
    }
    if (reason !== undefined) rules.add('priority_change_reason', 'not allowed during desk transfer');
  }
  const keptItem = transfer && itemId === undefined && itemsOfDesk(data, targetDeskId).some((item) => item.id === ticket.services_catalogs_item_id)
    ? ticket.services_catalogs_item_id
    : undefined;
  const finalItem = itemId !== undefined ? itemId : transfer ? keptItem ?? null : ticket.services_catalogs_item_id;
  if (transfer && targetDesk!.require_service_catalog_open_ticket && finalItem === null) {
    rules.add('services_catalogs_item_id', 'the target desk requires a services catalog item (catalog item missing)');
  }
  rules.checkRules();

  const changes: Partial<TicketRecord> = {
    ...(title !== undefined ? { title } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(clientId !== undefined ? { client_id: clientId } : {}),
    ...(responsibleId !== undefined ? { responsible_id: responsibleId } : {}),
    ...(statusId !== undefined ? { status_id: statusId } : {}),
    ...(followers !== undefined ? { followers } : {}),
    ...(requestorId !== undefined ? { requestor_id: requestorId } : {}),
    services_catalogs_item_id: finalItem,
  };
  if (transfer) {
    // The tool layer picks the first stage when none is given; so does the sandbox. Priorities are lost unless re-sent.
    Object.assign(changes, {
      desk_id: targetDeskId,
      stage_id: stageId ?? stagesOfDesk(data, targetDeskId)[0]!.id,
      priority_id: priorityId ?? null,
    });
  } else {
    if (stageId !== undefined) changes.stage_id = stageId;
    if (priorityId !== undefined) changes.priority_id = priorityId;
  }
  if (requestorId === undefined && (requestorName || requestorEmail)) {
    changes.requestor_id = resolveRequestor(data, targetClientId, {
      ...(requestorName ? { name: requestorName } : {}),
      ...(requestorEmail ? { email: requestorEmail } : {}),
    }, context.now).id;
  }
  Object.assign(ticket, changes, { updated_at: toBrasiliaIso(context.now), updated_by_id: context.principal.user.id });
  return ok(renderTicket(data, ticket));
}
