/** Desks (mesas) and their stages. */
import type { Desk, Priority, Stage } from '../schemas/directory.js';
import { getPage } from '../endpoint.js';
import type { Transport } from '../transport-types.js';
import { addPageParams, settleHasMore, toPage, type Page, type PageRequest } from '../paging.js';
import { parseBody } from '../parse.js';
import { apiPath, idSegment } from '../path.js';
import { toSearchParams } from '../query.js';
import { directorySchemas } from '../schemas/directory.js';


export interface DeskListFilters extends PageRequest {
  /** TiFlux matches it exactly (case-insensitive) against name or display_name: not a search. */
  name?: string;
  /** Default true. */
  active?: boolean;
}

export interface DesksApi {
  list(filters?: DeskListFilters): Promise<Page<Desk>>;
  stages(deskId: number | string, page?: PageRequest): Promise<Page<Stage>>;
  priorities(deskId: number | string, page?: PageRequest): Promise<Page<Priority>>;
}

export function createDesksApi(transport: Transport): DesksApi {
  return {
    async list(filters = {}) {
      const query = toSearchParams({ active: filters.active ?? true, name: filters.name?.trim() });
      const page = addPageParams(query, filters);
      const action = 'list desks';
      const response = await transport.send({ method: 'GET', path: '/desks', query, action });
      const items = parseBody(directorySchemas().deskListSchema, response.body, action);
      return settleHasMore(toPage(items, page, response.totalItems), transport, response.request);
    },

    async stages(deskId, pageRequest) {
      const id = idSegment(deskId, 'desk_id');
      const query = new URLSearchParams();
      const page = addPageParams(query, pageRequest);
      const action = `list the stages of desk ${id}`;
      const response = await transport.send({
        method: 'GET',
        path: apiPath`/desks/${id}/stages`,
        query,
        action,
        notFound: `desk with id ${id}`,
      });
      const items = parseBody(directorySchemas().stageListSchema, response.body, action);
      return settleHasMore(toPage(items, page, response.totalItems), transport, response.request);
    },

    priorities(deskId, page) {
      const id = idSegment(deskId, 'desk_id');
      return getPage(transport, {
        path: apiPath`/desks/${id}/priorities`,
        page,
        schema: directorySchemas().priorityListSchema,
        action: `list the priorities of desk ${id}`,
        notFound: `desk with id ${id}`,
      });
    },
  };
}
