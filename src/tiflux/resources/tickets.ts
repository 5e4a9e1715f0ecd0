/** Tickets: get, list, create, update, cancel, close and custom-field (entity) values. Keyed by ticket NUMBER. */
import type { EntitiesUpdateResult, Ticket } from '../schemas/ticket.js';
import type { TiFluxMessage } from '../schemas/common.js';
import type { Transport } from '../transport-types.js';
import { form, getOne, getPage, json, multipart, send } from '../endpoint.js';
import { TiFluxInputError } from '../errors.js';
import { formatIdList, type IdListInput } from '../id-list.js';
import type { Page, PageRequest } from '../paging.js';
import { apiPath, parsePositiveId, ticketNumberSegment } from '../path.js';
import { toFormData, type FieldValue } from '../query.js';
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
      return getOne(transport, {
        path: apiPath`/tickets/${number}`,
        query: {
          show_entities: options.show_entities ? true : undefined,
          include_filled_entity: options.include_filled_entity ? true : undefined,
        },
        schema: ticketSchemas().ticketSchema,
        action: `read ticket #${number}`,
        notFound: `ticket #${number}`,
      });
    },

    async list(filters = {}) {
      return getPage(transport, {
        path: '/tickets',
        query: {
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
        },
        page: filters,
        schema: ticketSchemas().ticketListSchema,
        action: 'list tickets',
      });
    },

    async create(input) {
      const fields = checkedCreateFields(input);
      checkFileCount(input.files);
      let body;
      if (input.files?.length) {
        const parts = toFormData(fields);
        appendFiles(parts, input.files);
        body = multipart(parts);
      } else {
        body = form(fields);
      }
      return send(transport, {
        method: 'POST',
        path: '/tickets',
        body,
        schema: ticketSchemas().ticketSchema,
        unwrap: unwrapCreatedTicket,
        action: 'create a ticket',
      });
    },

    async update(ticketNumber, changes) {
      const number = ticketNumberSegment(ticketNumber);
      return send(transport, {
        method: 'PUT',
        path: apiPath`/tickets/${number}`,
        body: json(checkedUpdateBody(changes)),
        schema: ticketSchemas().updateAnswerSchema,
        action: `update ticket #${number}`,
        notFound: `ticket #${number}`,
      });
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
      return send(transport, {
        method: 'PUT',
        path: apiPath`/tickets/${number}/entities`,
        body: json(value),
        schema: ticketSchemas().entitiesUpdateSchema,
        unwrap: emptyAsObject,
        action: `update the custom fields of ticket #${number}`,
        notFound: `ticket #${number}`,
      });
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

/** An empty 2xx (204) is a success too: read as `{}`. */
const emptyAsObject = (body: unknown): unknown => body ?? {};

async function changeState(transport: Transport, ticketNumber: TicketNumber, verb: 'cancel' | 'close'): Promise<TiFluxMessage> {
  const number = ticketNumberSegment(ticketNumber);
  // No body and no content type: that is how TiFlux documents these two routes.
  const path = verb === 'cancel' ? apiPath`/tickets/${number}/cancel` : apiPath`/tickets/${number}/close`;
  // TiFlux normally answers {"message": "Ticket N cancelled successfully"}.
  return send(transport, {
    method: 'PUT',
    path,
    schema: commonSchemas().messageSchema,
    unwrap: emptyAsObject,
    action: `${verb} ticket #${number}`,
    notFound: `ticket #${number}`,
  });
}
