/** Service-catalogue items selectable on a desk's tickets. */
import type { CatalogItem } from '../schemas/directory.js';
import type { Transport } from '../transport-types.js';
import { getPage } from '../endpoint.js';
import type { Page, PageRequest } from '../paging.js';
import { apiPath, idSegment, parsePositiveId } from '../path.js';
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
      return getPage(transport, {
        path: apiPath`/desks/${id}/services-catalogs-items`,
        query: {
          area_id: filters.area_id === undefined ? undefined : parsePositiveId(filters.area_id, 'area_id'),
          catalog_id: filters.catalog_id === undefined ? undefined : parsePositiveId(filters.catalog_id, 'catalog_id'),
          name: filters.name?.trim(),
        },
        page: filters,
        schema: directorySchemas().catalogItemListSchema,
        action: `list the catalogue items of desk ${id}`,
        notFound: `desk with id ${id}`,
      });
    },
  };
}
