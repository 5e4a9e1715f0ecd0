/** Service-catalogue items selectable on a desk's tickets. */
import type { CatalogItem } from '../schemas/directory.js';
import type { Transport } from '../transport-types.js';
import { addPageParams, settleHasMore, toPage, type Page, type PageRequest } from '../paging.js';
import { parseBody } from '../parse.js';
import { apiPath, idSegment, parsePositiveId } from '../path.js';
import { toSearchParams } from '../query.js';
import { directorySchemas } from '../schemas/directory.js';


export interface CatalogItemFilters extends PageRequest {
  area_id?: number;
  catalog_id?: number;
  /** Partial, case- and accent-insensitive, matched against catalogue, area and item names at once. */
  name?: string;
}

export interface CatalogItemsApi {
  listForDesk(deskId: number | string, filters?: CatalogItemFilters): Promise<Page<CatalogItem>>;
}

export function createCatalogItemsApi(transport: Transport): CatalogItemsApi {
  return {
    async listForDesk(deskId, filters = {}) {
      const id = idSegment(deskId, 'desk_id');
      const query = toSearchParams({
        area_id: filters.area_id === undefined ? undefined : parsePositiveId(filters.area_id, 'area_id'),
        catalog_id: filters.catalog_id === undefined ? undefined : parsePositiveId(filters.catalog_id, 'catalog_id'),
        name: filters.name?.trim(),
      });
      const page = addPageParams(query, filters);
      const action = `list the catalogue items of desk ${id}`;
      const response = await transport.send({
        method: 'GET',
        path: apiPath`/desks/${id}/services-catalogs-items`,
        query,
        action,
        notFound: `desk with id ${id}`,
      });
      const items = parseBody(directorySchemas().catalogItemListSchema, response.body, action);
      return settleHasMore(toPage(items, page, response.totalItems), transport, response.request);
    },
  };
}
