/**
 * Client records (the customer companies), beyond the name search of clients.ts: list with filters, the full
 * record, create, partial update, custom fields, linked desks and technical groups, portal users and e-mail ticket
 * permissions. Reached from a tool with `tiflux.use(createClientRecordsApi)`.
 */
import { getOne, getPage, json, send } from '../endpoint.js';
import type { Page, PageRequest } from '../paging.js';
import { apiPath, idSegment } from '../path.js';
import {
  clientSchemas,
  type ClientDeskLink,
  type ClientEntitiesResult,
  type ClientGroupLink,
  type ClientRecord,
  type PortalUser,
} from '../schemas/clients.js';
import type { Transport } from '../transport-types.js';
import type { EntityValueInput } from './tickets.js';

export interface ClientListFilters extends PageRequest {
  /** Omitted: active and inactive clients. */
  active?: boolean;
  /** Server-side substring match on the name. */
  name?: string;
  social_revenue?: string;
}

/** The fields of POST /clients and PUT /clients/{id}, spelled as TiFlux spells them. */
export interface ClientFields {
  name?: string;
  social?: string;
  social_revenue?: string;
  desk_ids?: number[];
  add_all_desks?: boolean;
  technical_group_ids?: number[];
  add_all_technical_groups?: boolean;
  status?: boolean;
  max_agents?: number;
  email_financial?: string;
  sms_financial?: string;
  municipal_registration?: string;
  estadual_registration?: string;
  anotations?: string;
  visible_to_clients?: boolean;
  authorization_flow?: boolean;
  billing_report_type?: 'detailed_with_appointment' | 'detailed' | 'synthetic' | '';
}

export interface PortalUserFields {
  name: string;
  email: string;
  extension?: string;
  authorization_flow?: boolean;
  telephone?: string;
  country_code?: string;
}

export interface ClientRecordsApi {
  list(filters?: ClientListFilters): Promise<Page<ClientRecord>>;
  get(clientId: number, options?: { show_entities?: boolean }): Promise<ClientRecord>;
  create(fields: ClientFields): Promise<ClientRecord>;
  /** Sends only the fields given. */
  update(clientId: number, fields: ClientFields): Promise<ClientRecord>;
  updateEntities(clientId: number, entities: EntityValueInput[]): Promise<ClientEntitiesResult>;
  desks(clientId: number, page?: PageRequest): Promise<Page<ClientDeskLink>>;
  technicalGroups(clientId: number, page?: PageRequest): Promise<Page<ClientGroupLink>>;
  createUser(clientId: number, user: PortalUserFields): Promise<PortalUser>;
  /** The answer is not read (its shape is not documented). */
  addEmailPermission(clientId: number, address: string): Promise<void>;
}

export function createClientRecordsApi(transport: Transport): ClientRecordsApi {
  const s = clientSchemas;
  const client = (id: number) => idSegment(id, 'client_id');
  const notFound = (id: number) => `client with id ${id}`;
  return {
    list: (filters = {}) =>
      getPage(transport, {
        path: '/clients',
        query: { active: filters.active, name: filters.name?.trim(), social_revenue: filters.social_revenue?.trim() },
        page: filters,
        schema: s().clientRecordListSchema,
        action: 'list clients',
      }),

    get: (clientId, options = {}) =>
      getOne(transport, {
        path: apiPath`/clients/${client(clientId)}`,
        query: { show_entities: options.show_entities ? true : undefined },
        schema: s().clientRecordSchema,
        action: `read client ${clientId}`,
        notFound: notFound(clientId),
      }),

    create: (fields) =>
      send(transport, {
        method: 'POST',
        path: '/clients',
        body: json(fields),
        schema: s().clientRecordSchema,
        action: 'create a client',
      }),

    update: (clientId, fields) =>
      send(transport, {
        method: 'PUT',
        path: apiPath`/clients/${client(clientId)}`,
        body: json(fields),
        schema: s().clientRecordSchema,
        action: `update client ${clientId}`,
        notFound: notFound(clientId),
      }),

    updateEntities: (clientId, entities) =>
      send(transport, {
        method: 'PUT',
        path: apiPath`/clients/${client(clientId)}/entities`,
        body: json({ entities }),
        schema: s().entitiesUpdateSchema,
        action: `set the custom fields of client ${clientId}`,
        notFound: notFound(clientId),
      }),

    desks: (clientId, page) =>
      getPage(transport, {
        path: apiPath`/clients/${client(clientId)}/desks`,
        page,
        schema: s().deskLinkListSchema,
        action: `list the desks of client ${clientId}`,
        notFound: notFound(clientId),
      }),

    technicalGroups: (clientId, page) =>
      getPage(transport, {
        path: apiPath`/clients/${client(clientId)}/technical-groups`,
        page,
        schema: s().groupLinkListSchema,
        action: `list the technical groups of client ${clientId}`,
        notFound: notFound(clientId),
      }),

    createUser: (clientId, user) =>
      send(transport, {
        method: 'POST',
        path: apiPath`/clients/${client(clientId)}/users`,
        body: json({ user }),
        schema: s().portalUserSchema,
        action: `create a portal user for client ${clientId}`,
        notFound: notFound(clientId),
      }),

    async addEmailPermission(clientId, address) {
      await send(transport, {
        method: 'POST',
        path: apiPath`/clients/${client(clientId)}/email_tickets_permissions`,
        body: json({ address }),
        action: `add an e-mail permission to client ${clientId}`,
        notFound: notFound(clientId),
      });
    },
  };
}
