/**
 * Requestors: the people of a client who open tickets. Each belongs to one client (the same person in two clients
 * is two records). The global list is admin-only in practice; the client-scoped routes work for attendants who
 * may see that client.
 */
import { apiPath, idSegment } from '../path.js';
import type { PageRequest } from '../paging.js';
import type { Transport } from '../transport-types.js';
import { getOne, getPage, given, json, send } from '../endpoint.js';
import { peopleSchemas as s } from '../schemas/people.js';
import type { EntityValueInput } from './tickets.js';

export interface RequestorFilters extends PageRequest {
  /** Partial on TiFlux's side. */
  name?: string;
  /** Partial on TiFlux's side too: check equality yourself. */
  email?: string;
  telephone?: string;
  can_open_ticket?: boolean;
}

export interface ClientRequestorFilters extends RequestorFilters {
  extension?: string;
  include_entity_fields?: boolean;
}

export type RequestorFields = {
  name?: string;
  email?: string;
  telephone?: string;
  extension?: string;
  can_open_ticket?: boolean;
  /** Create only. */
  country?: string;
};

export function createRequestorsApi(transport: Transport) {
  const scoped = (clientId: number) => idSegment(clientId, 'client_id');
  return {
    /** GET /requestors: every client's requestors, with `client`; 403 for non-admin keys. */
    listAll: (filters: RequestorFilters = {}) =>
      getPage(transport, {
        path: '/requestors',
        query: { name: filters.name, email: filters.email, telephone: filters.telephone, can_open_ticket: filters.can_open_ticket },
        page: filters,
        schema: s().requestorListSchema,
        action: 'list requestors',
      }),

    listForClient(clientId: number, filters: ClientRequestorFilters = {}) {
      const cid = scoped(clientId);
      return getPage(transport, {
        path: apiPath`/clients/${cid}/requestors`,
        query: {
          name: filters.name,
          email: filters.email,
          telephone: filters.telephone,
          extension: filters.extension,
          can_open_ticket: filters.can_open_ticket,
          include_entity_fields: filters.include_entity_fields ? true : undefined,
        },
        page: filters,
        schema: s().requestorListSchema,
        action: `list the requestors of client ${cid}`,
        notFound: `client with id ${cid}`,
      });
    },

    get(clientId: number, requestorId: number, options: { include_entity_fields?: boolean } = {}) {
      const cid = scoped(clientId);
      const rid = idSegment(requestorId, 'requestor_id');
      return getOne(transport, {
        path: apiPath`/clients/${cid}/requestors/${rid}`,
        query: { include_entity_fields: options.include_entity_fields ? true : undefined },
        schema: s().requestorSchema,
        action: `read requestor ${rid} of client ${cid}`,
        notFound: `requestor ${rid} in client ${cid}`,
      });
    },

    create(clientId: number, fields: RequestorFields & { name: string; email: string }) {
      const cid = scoped(clientId);
      return send(transport, {
        method: 'POST',
        path: apiPath`/clients/${cid}/requestors`,
        body: json(given(fields)),
        schema: s().requestorSchema,
        action: `create a requestor in client ${cid}`,
        notFound: `client with id ${cid}`,
      });
    },

    update(clientId: number, requestorId: number, fields: RequestorFields) {
      const cid = scoped(clientId);
      const rid = idSegment(requestorId, 'requestor_id');
      return send(transport, {
        method: 'PUT',
        path: apiPath`/clients/${cid}/requestors/${rid}`,
        body: json(given(fields)),
        schema: s().requestorSchema,
        action: `update requestor ${rid} of client ${cid}`,
        notFound: `requestor ${rid} in client ${cid}`,
      });
    },

    updateEntities(clientId: number, requestorId: number, entities: EntityValueInput[]) {
      const cid = scoped(clientId);
      const rid = idSegment(requestorId, 'requestor_id');
      return send(transport, {
        method: 'PUT',
        path: apiPath`/clients/${cid}/requestors/${rid}/entities`,
        body: json({ entities: entities.map((entity) => given({ ...entity })) }),
        schema: s().entitiesUpdateSchema,
        action: `set custom fields of requestor ${rid} of client ${cid}`,
        notFound: `requestor ${rid} in client ${cid}`,
      });
    },
  };
}

export type RequestorsApi = ReturnType<typeof createRequestorsApi>;
