/** Tickets: get, list, create, update, cancel, close and custom-field (entity) values. Keyed by ticket NUMBER. */
import type { EntitiesUpdateResult, Ticket } from '../schemas/ticket.js';
import type { TiFluxMessage } from '../schemas/common.js';
import type { Transport } from '../transport-types.js';
import { TiFluxInputError } from '../errors.js';
import { formatIdList, type IdListInput } from '../id-list.js';
import { addPageParams, settleHasMore, toPage, type Page, type PageRequest } from '../paging.js';
import { parseBody } from '../parse.js';
import { apiPath, parsePositiveId, ticketNumberSegment } from '../path.js';
import { toFormData, toSearchParams, type FieldValue } from '../query.js';
import { appendFiles, checkFileCount, type UploadFile } from '../uploads.js';
import { ticketSchemas } from '../schemas/ticket.js';
import { commonSchemas } from '../schemas/common.js';


export type TicketNumber = string | number;

export interface GetTicketOptions {
  /** Include every custom field linked to the ticket. */
  show_entities?: boolean;
  /** Include only the custom fields that have a value. */
  include_filled_entity?: boolean;
}

export interface TicketListFilters extends PageRequest {
  /** Always sent (default false: open tickets), as the original did; derived from `filter_by` when that is given. */
  is_closed?: boolean;
  filter_by?: 'open' | 'closed' | 'canceled' | 'all';
  desk_ids?: IdListInput;
  client_ids?: IdListInput;
  stage_ids?: IdListInput;
  responsible_ids?: IdListInput;
  requestor_ids?: IdListInput;
  services_catalogs_item_ids?: IdListInput;
  priority_ids?: IdListInput;
  requestor_email?: string;
  date_type?: 'created_at' | 'solved_in_time';
  /** ISO 8601 date-times; offsets such as -03:00 are accepted. */
  start_datetime?: string;
  end_datetime?: string;
  sla_expiring_before?: string;
}

/** Fields of POST /tickets, spelled as TiFlux spells them. Sent only when they have a value. */
export interface CreateTicketInput {
  title: string;
  description: string;
  client_id: number;
  desk_id: number;
  priority_id?: number;
  services_catalogs_item_id?: number;
  status_id?: number;
  requestor_id?: number;
  requestor_name?: string;
  requestor_email?: string;
  requestor_telephone?: string;
  responsible_id?: number;
  /** Comma-separated e-mails. */
  followers?: string;
  /** Parent ticket number. */
  ticket_reference_number?: TicketNumber;
  /** When present the body is multipart (files in `files[]`); otherwise form-urlencoded. */
  files?: UploadFile[];
}

/** Fields of PUT /tickets/{n}; only the keys present are sent. */
export interface UpdateTicketInput {
  title?: string;
  description?: string;
  client_id?: number;
  /** Sending desk_id means a desk transfer (stages and priorities are per desk). */
  desk_id?: number;
  stage_id?: number;
  /** null unassigns the ticket. */
  responsible_id?: number | null;
  /** Replaces the whole list; '' removes every follower. */
  followers?: string;
  priority_id?: number;
  /** Required by TiFlux when priority_id changes without a desk transfer. */
  priority_change_reason?: string;
  status_id?: number;
  services_catalogs_item_id?: number;
  requestor_id?: number;
  requestor_name?: string;
  requestor_email?: string;
  requestor_telephone?: string;
}

export interface EntityValueInput {
  entity_field_id: number;
  /** null clears a non-required field. */
  value: string | null;
  entity_field_option_id?: number;
  country_code?: string;
}

export const MAX_ENTITIES_PER_UPDATE = 50;

export interface TicketsApi {
  get(ticketNumber: TicketNumber, options?: GetTicketOptions): Promise<Ticket>;
  list(filters?: TicketListFilters): Promise<Page<Ticket>>;
  /** Never retried after a 5xx or timeout: a failed create can never make two tickets. */
  create(input: CreateTicketInput): Promise<Ticket>;
  /** TiFlux's answer is not documented; whatever JSON it sends is returned as is. */
  update(ticketNumber: TicketNumber, changes: UpdateTicketInput): Promise<unknown>;
  cancel(ticketNumber: TicketNumber): Promise<TiFluxMessage>;
  close(ticketNumber: TicketNumber): Promise<TiFluxMessage>;
  updateEntities(ticketNumber: TicketNumber, entities: EntityValueInput[]): Promise<EntitiesUpdateResult>;
}

const ID_FIELDS_OF_CREATE = [
  'client_id',
  'desk_id',
  'priority_id',
  'services_catalogs_item_id',
  'status_id',
  'requestor_id',
  'responsible_id',
] as const;

function checkedCreateFields(input: CreateTicketInput): Record<string, FieldValue> {
  if (!input.title?.trim()) throw new TiFluxInputError('title', 'must not be empty.');
  if (!input.description?.trim()) throw new TiFluxInputError('description', 'must not be empty.');
  const fields: Record<string, FieldValue> = {
    title: input.title,
    description: input.description,
    requestor_name: input.requestor_name,
    requestor_email: input.requestor_email,
    requestor_telephone: input.requestor_telephone,
    followers: input.followers,
  };
  for (const name of ID_FIELDS_OF_CREATE) {
    const value = input[name];
    fields[name] = value === undefined ? undefined : parsePositiveId(value, name);
  }
  if (input.ticket_reference_number !== undefined) {
    fields.ticket_reference_number = ticketNumberSegment(input.ticket_reference_number, 'ticket_reference_number');
  }
  return fields;
}

const ID_FIELDS_OF_UPDATE = [
  'client_id',
  'desk_id',
  'stage_id',
  'priority_id',
  'status_id',
  'services_catalogs_item_id',
  'requestor_id',
] as const;

function checkedUpdateBody(changes: UpdateTicketInput): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(changes)) {
    if (value !== undefined) body[name] = value;
  }
  for (const name of ID_FIELDS_OF_UPDATE) {
    if (body[name] !== undefined) body[name] = parsePositiveId(body[name], name);
  }
  if (body.responsible_id !== undefined && body.responsible_id !== null) {
    body.responsible_id = parsePositiveId(body.responsible_id, 'responsible_id');
  }
  if (Object.keys(body).length === 0) {
    throw new TiFluxInputError('changes', 'must contain at least one field to update.');
  }
  return body;
}

function closedFlag(filters: TicketListFilters): boolean {
  if (filters.filter_by) return filters.filter_by === 'closed' || filters.filter_by === 'canceled';
  return filters.is_closed ?? false;
}

export function createTicketsApi(transport: Transport): TicketsApi {
  return {
    async get(ticketNumber, options = {}) {
      const number = ticketNumberSegment(ticketNumber);
      const action = `read ticket #${number}`;
      const response = await transport.send({
        method: 'GET',
        path: apiPath`/tickets/${number}`,
        query: toSearchParams({
          show_entities: options.show_entities ? true : undefined,
          include_filled_entity: options.include_filled_entity ? true : undefined,
        }),
        action,
        notFound: `ticket #${number}`,
      });
      return parseBody(ticketSchemas().ticketSchema, response.body, action);
    },

    async list(filters = {}) {
      const query = toSearchParams({
        is_closed: closedFlag(filters),
        filter_by: filters.filter_by,
        desk_ids: formatIdList(filters.desk_ids, 'desk_ids'),
        client_ids: formatIdList(filters.client_ids, 'client_ids'),
        stage_ids: formatIdList(filters.stage_ids, 'stage_ids'),
        responsible_ids: formatIdList(filters.responsible_ids, 'responsible_ids'),
        requestor_ids: formatIdList(filters.requestor_ids, 'requestor_ids'),
        services_catalogs_item_ids: formatIdList(filters.services_catalogs_item_ids, 'services_catalogs_item_ids'),
        priority_ids: formatIdList(filters.priority_ids, 'priority_ids'),
        requestor_email: filters.requestor_email,
        date_type: filters.date_type,
        start_datetime: filters.start_datetime,
        end_datetime: filters.end_datetime,
        sla_expiring_before: filters.sla_expiring_before,
      });
      const page = addPageParams(query, filters);
      const action = 'list tickets';
      const response = await transport.send({ method: 'GET', path: '/tickets', query, action });
      const items = parseBody(ticketSchemas().ticketListSchema, response.body, action);
      return settleHasMore(toPage(items, page, response.totalItems), transport, response.request);
    },

    async create(input) {
      const fields = checkedCreateFields(input);
      checkFileCount(input.files);
      const action = 'create a ticket';
      let body;
      if (input.files?.length) {
        const form = toFormData(fields);
        appendFiles(form, input.files);
        body = { encoding: 'multipart', value: form } as const;
      } else {
        body = { encoding: 'form', value: toSearchParams(fields) } as const;
      }
      const response = await transport.send({ method: 'POST', path: '/tickets', body, action });
      return parseBody(ticketSchemas().ticketSchema, unwrapCreatedTicket(response.body), action);
    },

    async update(ticketNumber, changes) {
      const number = ticketNumberSegment(ticketNumber);
      const value = checkedUpdateBody(changes);
      const response = await transport.send({
        method: 'PUT',
        path: apiPath`/tickets/${number}`,
        body: { encoding: 'json', value },
        action: `update ticket #${number}`,
        notFound: `ticket #${number}`,
      });
      return response.body;
    },

    async cancel(ticketNumber) {
      return changeState(transport, ticketNumber, 'cancel');
    },

    async close(ticketNumber) {
      return changeState(transport, ticketNumber, 'close');
    },

    async updateEntities(ticketNumber, entities) {
      const number = ticketNumberSegment(ticketNumber);
      if (entities.length === 0 || entities.length > MAX_ENTITIES_PER_UPDATE) {
        throw new TiFluxInputError(
          'entities',
          `must hold 1 to ${MAX_ENTITIES_PER_UPDATE} field values (got ${entities.length}).`,
        );
      }
      const value = {
        entities: entities.map((entity, index) => ({
          ...entity,
          entity_field_id: parsePositiveId(entity.entity_field_id, `entities[${index}].entity_field_id`),
        })),
      };
      const action = `update the custom fields of ticket #${number}`;
      const response = await transport.send({
        method: 'PUT',
        path: apiPath`/tickets/${number}/entities`,
        body: { encoding: 'json', value },
        action,
        notFound: `ticket #${number}`,
      });
      return parseBody(ticketSchemas().entitiesUpdateSchema, response.body ?? {}, action);
    },
  };
}

/** POST /tickets answers `{ "ticket": {…} }`; a bare ticket object is accepted too. */
function unwrapCreatedTicket(body: unknown): unknown {
  if (typeof body === 'object' && body !== null && 'ticket' in body) {
    const inner = (body as { ticket: unknown }).ticket;
    if (typeof inner === 'object' && inner !== null) return inner;
  }
  return body;
}

async function changeState(transport: Transport, ticketNumber: TicketNumber, verb: 'cancel' | 'close') {
  const number = ticketNumberSegment(ticketNumber);
  const action = `${verb} ticket #${number}`;
  // No body and no content type: that is how TiFlux documents these two routes.
  const path = verb === 'cancel' ? apiPath`/tickets/${number}/cancel` : apiPath`/tickets/${number}/close`;
  const response = await transport.send({ method: 'PUT', path, action, notFound: `ticket #${number}` });
  // An empty 2xx (204) is a success too; TiFlux normally answers {"message": "Ticket N cancelled successfully"}.
  return parseBody(commonSchemas().messageSchema, response.body ?? {}, action);
}
