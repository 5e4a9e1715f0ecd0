/**
 * Requestors by name, for the tools that filter by requestor (chat lists): inside one client
 * (GET /clients/{id}/requestors, any key) or across the organisation (GET /requestors, admin keys only).
 */
import * as z from 'zod';
import { getPage } from '../endpoint.js';
import type { Page, PageRequest } from '../paging.js';
import { apiPath, idSegment } from '../path.js';
import type { Transport } from '../transport-types.js';
import { commonSchemas, lazySchemas } from '../schemas/common.js';

const requestorSchemas = lazySchemas(() => {
  const { namedRef, numericId, optionalText } = commonSchemas();
  const requestor = z.looseObject({ id: numericId, name: z.string(), email: optionalText, client: namedRef.nullish() });
  return { requestorList: z.array(requestor) };
});

export type FoundRequestor = z.output<ReturnType<typeof requestorSchemas>['requestorList']>[number];

export interface RequestorSearchApi {
  ofClient(clientId: number, name: string, page: PageRequest): Promise<Page<FoundRequestor>>;
  /** Admin keys only (403 otherwise). */
  anywhere(name: string, page: PageRequest): Promise<Page<FoundRequestor>>;
}

export function createRequestorSearchApi(transport: Transport): RequestorSearchApi {
  return {
    ofClient(clientId, name, page) {
      const id = idSegment(clientId, 'client_id');
      return getPage(transport, {
        path: apiPath`/clients/${id}/requestors`,
        query: { name },
        page,
        schema: requestorSchemas().requestorList,
        action: `search the requestors of client ${id}`,
        notFound: `client ${id}`,
      });
    },
    anywhere: (name, page) =>
      getPage(transport, {
        path: '/requestors',
        query: { name },
        page,
        schema: requestorSchemas().requestorList,
        action: 'search requestors across all clients',
      }),
  };
}
