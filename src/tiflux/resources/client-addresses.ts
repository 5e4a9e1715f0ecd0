/** Addresses of a client: `/clients/{cid}/addresses`, bodies wrapped as `{ address: {…} }`, DELETE → 204. */
import { getOne, getPage, json, send } from '../endpoint.js';
import type { Page, PageRequest } from '../paging.js';
import { apiPath, idSegment } from '../path.js';
import { clientSchemas, type ClientAddress } from '../schemas/clients.js';
import type { Transport } from '../transport-types.js';

export interface AddressFields {
  cep?: string;
  city?: string;
  neighborhood?: string;
  /** An integer in TiFlux. */
  number?: number;
  state?: string;
  street?: string;
  complement?: string;
}

export interface ClientAddressesApi {
  list(clientId: number, page?: PageRequest): Promise<Page<ClientAddress>>;
  get(clientId: number, addressId: number): Promise<ClientAddress>;
  create(clientId: number, fields: AddressFields): Promise<ClientAddress>;
  /** Sends only the fields given. */
  update(clientId: number, addressId: number, fields: AddressFields): Promise<ClientAddress>;
  delete(clientId: number, addressId: number): Promise<void>;
}

export function createClientAddressesApi(transport: Transport): ClientAddressesApi {
  const s = clientSchemas;
  const ids = (clientId: number, addressId: number) =>
    [idSegment(clientId, 'client_id'), idSegment(addressId, 'id')] as const;
  const one = (clientId: number, addressId: number) => `address ${addressId} of client ${clientId}`;
  return {
    list: (clientId, page) =>
      getPage(transport, {
        path: apiPath`/clients/${idSegment(clientId, 'client_id')}/addresses`,
        page,
        schema: s().addressListSchema,
        action: `list the addresses of client ${clientId}`,
        notFound: `client with id ${clientId}`,
      }),

    get(clientId, addressId) {
      const [c, a] = ids(clientId, addressId);
      return getOne(transport, {
        path: apiPath`/clients/${c}/addresses/${a}`,
        schema: s().addressSchema,
        action: `read ${one(clientId, addressId)}`,
        notFound: one(clientId, addressId),
      });
    },

    create: (clientId, fields) =>
      send(transport, {
        method: 'POST',
        path: apiPath`/clients/${idSegment(clientId, 'client_id')}/addresses`,
        body: json({ address: fields }),
        schema: s().addressSchema,
        action: `add an address to client ${clientId}`,
        notFound: `client with id ${clientId}`,
      }),

    update(clientId, addressId, fields) {
      const [c, a] = ids(clientId, addressId);
      return send(transport, {
        method: 'PUT',
        path: apiPath`/clients/${c}/addresses/${a}`,
        body: json({ address: fields }),
        schema: s().addressSchema,
        action: `update ${one(clientId, addressId)}`,
        notFound: one(clientId, addressId),
      });
    },

    async delete(clientId, addressId) {
      const [c, a] = ids(clientId, addressId);
      await send(transport, {
        method: 'DELETE',
        path: apiPath`/clients/${c}/addresses/${a}`,
        action: `delete ${one(clientId, addressId)}`,
        notFound: one(clientId, addressId),
      });
    },
  };
}
