// POST /tickets (docs/tiflux-rest-api.md#tickets): form-urlencoded (c73 clients) or multipart (HEAD clients, with
// `files[]`); answers {ticket: {...}}. Only truthy fields are sent by real clients, so "" counts as absent.

import { toBrasiliaIso } from '../../data/dates.js';
import type { TenantData } from '../../data/types.js';
import { created } from '../../http/api-response.js';
import { FieldErrors, fieldsOf, followerList, id, isEmail, isPhone, text, uploadedFiles } from '../../http/fields.js';
import { tenantOf } from '../../http/params.js';
import type { RouteContext } from '../../http/router.js';
import { resolveRequestor } from '../clients/resolve-requestor.js';
import { stagesOfDesk } from '../desks/queries.js';
import { itemsOfDesk } from '../services-catalogs/queries.js';
import type { TicketRecord } from './records.js';
import { renderTicket } from './render.js';
import { storeFiles } from './store-files.js';

export function createTicket(context: RouteContext) {
  const data = tenantOf(context);
  const fields = fieldsOf(context.body);
  const errors = new FieldErrors();
  const input = {
    title: text(fields, 'title', errors, true),
    description: text(fields, 'description', errors, true),
    client_id: id(fields, 'client_id', errors, { required: true }),
    desk_id: id(fields, 'desk_id', errors, { required: true }),
    priority_id: id(fields, 'priority_id', errors),
    services_catalogs_item_id: id(fields, 'services_catalogs_item_id', errors),
    status_id: id(fields, 'status_id', errors),
    responsible_id: id(fields, 'responsible_id', errors),
    requestor_id: id(fields, 'requestor_id', errors),
    ticket_reference_number: id(fields, 'ticket_reference_number', errors),
    requestor_name: text(fields, 'requestor_name', errors),
    requestor_email: text(fields, 'requestor_email', errors),
    requestor_telephone: text(fields, 'requestor_telephone', errors),
    followers: text(fields, 'followers', errors),
  };
  const followers = input.followers ? followerList(input.followers, errors) : '';
  if (input.requestor_email && !isEmail(input.requestor_email)) errors.add('requestor_email', 'is invalid');
  if (input.requestor_telephone !== undefined && !isPhone(input.requestor_telephone)) {
    errors.add('requestor_telephone', 'Is not a valid phone number');
  }
  errors.check();

  // References must exist in this organisation (another tenant's ids are unknown here).
  const client = data.clients.find((candidate) => candidate.id === input.client_id);
  const desk = data.desks.find((candidate) => candidate.id === input.desk_id);
  if (!client) errors.add('client_id', 'not found');
  else if (!client.status) errors.add('client_id', 'client is inactive');
  if (!desk) errors.add('desk_id', 'not found');
  else if (!desk.active) errors.add('desk_id', 'desk is inactive');
  if (desk) checkDeskScopedIds(data, desk.id, input, errors);
  if (input.status_id !== undefined && !data.statuses.some((status) => status.id === input.status_id && status.state === 'open')) {
    errors.add('status_id', 'not found');
  }
  if (input.responsible_id != null && !isActiveStaff(data, input.responsible_id)) errors.add('responsible_id', 'not found');
  if (client && input.requestor_id != null && !data.requestors.some((r) => r.id === input.requestor_id && r.client_id === client.id)) {
    errors.add('requestor_id', 'requestor not found');
  }
  if (input.ticket_reference_number != null && !data.tickets.some((t) => t.ticket_number === input.ticket_reference_number)) {
    errors.add('ticket_reference_number', 'not found');
  }
  errors.check();

  const rules = new FieldErrors();
  if (desk!.require_service_catalog_open_ticket && input.services_catalogs_item_id == null) {
    rules.add('services_catalogs_item_id', 'is required: this desk requires a services catalog item to open tickets');
  }
  const hasRequestor = input.requestor_id != null || input.requestor_name || input.requestor_email;
  for (const required of desk!.required_fields) {
    if (required === 'requestor_name' && !hasRequestor) rules.add('requestor_name', "can't be blank");
    if (required === 'requestor_email' && !input.requestor_email && input.requestor_id == null) rules.add('requestor_email', "can't be blank");
  }
  rules.checkRules();

  const requestorId =
    input.requestor_id ??
    (input.requestor_name || input.requestor_email
      ? resolveRequestor(data, client!.id, {
          ...(input.requestor_name ? { name: input.requestor_name } : {}),
          ...(input.requestor_email ? { email: input.requestor_email } : {}),
          ...(input.requestor_telephone ? { telephone: input.requestor_telephone } : {}),
        }, context.now).id
      : null);
  const at = toBrasiliaIso(context.now);
  const ticket: TicketRecord = {
    ticket_number: data.sequences.ticketNumber++,
    title: input.title!,
    description: input.description!,
    state: 'open',
    status_id: input.status_id ?? 1,
    desk_id: desk!.id,
    stage_id: stagesOfDesk(data, desk!.id)[0]!.id,
    client_id: client!.id,
    priority_id: input.priority_id ?? null,
    responsible_id: input.responsible_id ?? null,
    services_catalogs_item_id: input.services_catalogs_item_id ?? null,
    requestor_id: requestorId,
    created_by_id: context.principal.user.id,
    updated_by_id: context.principal.user.id,
    created_by_way_of: 'api',
    created_at: at,
    updated_at: at,
    closed_at: null,
    followers: followers ?? '',
    tags: [],
    worked_minutes: 0,
    reopen_count: 0,
    last_reopen_date: null,
    billed: false,
    parent_ticket_number: input.ticket_reference_number ?? null,
    entity_values: {},
  };
  data.tickets.push(ticket);
  storeFiles(data, ticket.ticket_number, { kind: 'ticket' }, uploadedFiles(context.body), context.principal.user.id, context.now);
  return created({ ticket: renderTicket(data, ticket) });
}

/** Stages, priorities and catalogue items are scoped per desk (docs/tiflux-rest-api.md#tickets, rule 1). */
export function checkDeskScopedIds(
  data: TenantData,
  deskId: number,
  input: { priority_id?: number | null; services_catalogs_item_id?: number | null; stage_id?: number | null },
  errors: FieldErrors,
): void {
  if (input.priority_id != null && !data.priorities.some((p) => p.id === input.priority_id && p.desk_id === deskId)) {
    errors.add('priority_id', 'not found in this desk');
  }
  if (input.services_catalogs_item_id != null && !itemsOfDesk(data, deskId).some((item) => item.id === input.services_catalogs_item_id)) {
    errors.add('services_catalogs_item_id', 'not found in this desk');
  }
  if (input.stage_id != null && !data.stages.some((stage) => stage.id === input.stage_id && stage.desk_id === deskId)) {
    errors.add('stage_id', 'not found in this desk');
  }
}

export function isActiveStaff(data: TenantData, userId: number): boolean {
  return data.users.some((user) => user.id === userId && user.active && user._type !== 'client');
}
