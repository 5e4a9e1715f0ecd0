/** A desk's configuration, priorities and linked service catalogues (desks.ts has the list and the stages). */
import { apiPath, idSegment } from '../path.js';
import type { PageRequest } from '../paging.js';
import type { Transport } from '../transport-types.js';
import { getOne, getPage } from '../endpoint.js';
import { peopleSchemas as s } from '../schemas/people.js';

export function createDeskSettingsApi(transport: Transport) {
  const desk = (deskId: number) => idSegment(deskId, 'desk_id');
  return {
    get(deskId: number) {
      const id = desk(deskId);
      return getOne(transport, { path: apiPath`/desks/${id}`, schema: s().deskDetailSchema, action: `read desk ${id}`, notFound: `desk with id ${id}` });
    },
    priorities(deskId: number, page: PageRequest) {
      const id = desk(deskId);
      return getPage(transport, {
        path: apiPath`/desks/${id}/priorities`,
        page,
        schema: s().priorityListSchema,
        action: `list the priorities of desk ${id}`,
        notFound: `desk with id ${id}`,
      });
    },
    catalogs(deskId: number, page: PageRequest) {
      const id = desk(deskId);
      return getPage(transport, {
        path: apiPath`/desks/${id}/services-catalogs`,
        page,
        schema: s().deskCatalogListSchema,
        action: `list the service catalogues of desk ${id}`,
        notFound: `desk with id ${id}`,
      });
    },
  };
}

export type DeskSettingsApi = ReturnType<typeof createDeskSettingsApi>;
