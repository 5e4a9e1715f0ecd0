/** Desks (mesas) and their stages. */
import type { Desk, Priority, Stage } from '../schemas/directory.js';
import { getPage } from '../endpoint.js';
import type { Transport } from '../transport-types.js';
import type { Page, PageRequest } from '../paging.js';
import { apiPath, idSegment } from '../path.js';
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
      return getPage(transport, {
        path: '/desks',
        query: { active: filters.active ?? true, name: filters.name?.trim() },
        page: filters,
        schema: directorySchemas().deskListSchema,
        action: 'list desks',
      });
    },

    async stages(deskId, page) {
      const id = idSegment(deskId, 'desk_id');
      return getPage(transport, {
        path: apiPath`/desks/${id}/stages`,
        page,
        schema: directorySchemas().stageListSchema,
        action: `list the stages of desk ${id}`,
        notFound: `desk with id ${id}`,
      });
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
