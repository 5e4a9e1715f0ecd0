/** Clients (the customer companies). */
import type { Client } from '../schemas/directory.js';
import type { Transport } from '../transport-types.js';
import { getOne, getPage } from '../endpoint.js';
import type { Page, PageRequest } from '../paging.js';
import { apiPath, idSegment } from '../path.js';
import { directorySchemas } from '../schemas/directory.js';

export interface ClientSearch extends PageRequest {
  /** Server-side substring match on the name. */
  name?: string;
  /** Default true, as the original sent. */
  active?: boolean;
}

export interface ClientsApi {
  search(search?: ClientSearch): Promise<Page<Client>>;
  get(clientId: number | string): Promise<Client>;
}

export function createClientsApi(transport: Transport): ClientsApi {
  return {
    async search(search = {}) {
      return getPage(transport, {
        path: '/clients',
        query: { active: search.active ?? true, name: search.name?.trim() },
        page: search,
        schema: directorySchemas().clientListSchema,
        action: 'search clients',
      });
    },

    async get(clientId) {
      const id = idSegment(clientId, 'client_id');
      return getOne(transport, {
        path: apiPath`/clients/${id}`,
        schema: directorySchemas().clientSchema,
        action: `read client ${id}`,
        notFound: `client with id ${id}`,
      });
    },
  };
}
