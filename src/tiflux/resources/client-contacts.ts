/**
 * Contacts of a client: `/clients/{cid}/contacts`, bodies wrapped as `{ contact: {…} }`, DELETE → 204. The phone
 * is sent as `number` and answered as `telephone`.
 */
import { getOne, getPage, json, send } from '../endpoint.js';
import type { Page, PageRequest } from '../paging.js';
import { apiPath, idSegment } from '../path.js';
import { clientSchemas, type ClientContact } from '../schemas/clients.js';
import type { Transport } from '../transport-types.js';

export interface ContactFields {
  /** "Commercial", "Personal"… */
  use?: string;
  /** The phone number (answered back as `telephone`). */
  number?: string;
  owner?: string;
  email?: string;
  /** Two-letter country code, e.g. "BR". */
  country?: string;
}

export interface ClientContactsApi {
  list(clientId: number, page?: PageRequest): Promise<Page<ClientContact>>;
  get(clientId: number, contactId: number): Promise<ClientContact>;
  create(clientId: number, fields: ContactFields): Promise<ClientContact>;
  /** Sends only the fields given. */
  update(clientId: number, contactId: number, fields: ContactFields): Promise<ClientContact>;
  delete(clientId: number, contactId: number): Promise<void>;
}

export function createClientContactsApi(transport: Transport): ClientContactsApi {
  const s = clientSchemas;
  const ids = (clientId: number, contactId: number) =>
    [idSegment(clientId, 'client_id'), idSegment(contactId, 'id')] as const;
  const one = (clientId: number, contactId: number) => `contact ${contactId} of client ${clientId}`;
  return {
    list: (clientId, page) =>
      getPage(transport, {
        path: apiPath`/clients/${idSegment(clientId, 'client_id')}/contacts`,
        page,
        schema: s().contactListSchema,
        action: `list the contacts of client ${clientId}`,
        notFound: `client with id ${clientId}`,
      }),

    get(clientId, contactId) {
      const [c, a] = ids(clientId, contactId);
      return getOne(transport, {
        path: apiPath`/clients/${c}/contacts/${a}`,
        schema: s().contactSchema,
        action: `read ${one(clientId, contactId)}`,
        notFound: one(clientId, contactId),
      });
    },

    create: (clientId, fields) =>
      send(transport, {
        method: 'POST',
        path: apiPath`/clients/${idSegment(clientId, 'client_id')}/contacts`,
        body: json({ contact: fields }),
        schema: s().contactSchema,
        action: `add a contact to client ${clientId}`,
        notFound: `client with id ${clientId}`,
      }),

    update(clientId, contactId, fields) {
      const [c, a] = ids(clientId, contactId);
      return send(transport, {
        method: 'PUT',
        path: apiPath`/clients/${c}/contacts/${a}`,
        body: json({ contact: fields }),
        schema: s().contactSchema,
        action: `update ${one(clientId, contactId)}`,
        notFound: one(clientId, contactId),
      });
    },

    async delete(clientId, contactId) {
      const [c, a] = ids(clientId, contactId);
      await send(transport, {
        method: 'DELETE',
        path: apiPath`/clients/${c}/contacts/${a}`,
        action: `delete ${one(clientId, contactId)}`,
        notFound: one(clientId, contactId),
      });
    },
  };
}
