/** Clients (the customer companies). */
import type { Client } from '../schemas/directory.js';
import type { Transport } from '../transport-types.js';
import { addPageParams, settleHasMore, toPage, type Page, type PageRequest } from '../paging.js';
import { parseBody } from '../parse.js';
import { apiPath, idSegment } from '../path.js';
import { toSearchParams } from '../query.js';
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
      const query = toSearchParams({ active: search.active ?? true, name: search.name?.trim() });
      const page = addPageParams(query, search);
      const action = 'search clients';
      const response = await transport.send({ method: 'GET', path: '/clients', query, action });
      const items = parseBody(directorySchemas().clientListSchema, response.body, action);
      return settleHasMore(toPage(items, page, response.totalItems), transport, response.request);
    },

    async get(clientId) {
      const id = idSegment(clientId, 'client_id');
      const action = `read client ${id}`;
      const response = await transport.send({
        method: 'GET',
        path: apiPath`/clients/${id}`,
        action,
        notFound: `client with id ${id}`,
      });
      return parseBody(directorySchemas().clientSchema, response.body, action);
    },
  };
}
