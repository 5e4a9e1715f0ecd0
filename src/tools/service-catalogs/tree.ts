/**
 * Reading the catalogue tree (catalogue → area → item) for name resolution, uniqueness checks and the cascade guard.
 * Every page is read, and nothing is cached: these tools change the very lists they read, so a cached list would
 * resolve a name the previous call just renamed or deleted.
 */
import type { TiFluxClient } from '../../tiflux/client.js';
import { collectAllPages } from '../../tiflux/paging.js';
import { createServicesCatalogsApi, type ServicesCatalogsApi } from '../../tiflux/resources/services-catalogs.js';
import type { ServicesCatalog, ServicesCatalogArea, ServicesCatalogItem } from '../../tiflux/schemas/services-catalogs.js';

export type { ServicesCatalog, ServicesCatalogArea, ServicesCatalogItem };

export const catalogsApi = (tiflux: TiFluxClient): ServicesCatalogsApi => tiflux.use(createServicesCatalogsApi);

export const allCatalogs = (tiflux: TiFluxClient): Promise<ServicesCatalog[]> =>
  collectAllPages((page) => catalogsApi(tiflux).listCatalogs(page));

export const allAreas = (tiflux: TiFluxClient, catalogId: number): Promise<ServicesCatalogArea[]> =>
  collectAllPages((page) => catalogsApi(tiflux).listAreas(catalogId, page));

export const allItems = (tiflux: TiFluxClient, areaId: number): Promise<ServicesCatalogItem[]> =>
  collectAllPages((page) => catalogsApi(tiflux).listItems(areaId, page));

/** An area with every item under it: what a catalogue delete takes with it. */
export interface AreaWithItems {
  area: ServicesCatalogArea;
  items: ServicesCatalogItem[];
}

export async function areasWithItems(tiflux: TiFluxClient, catalogId: number): Promise<AreaWithItems[]> {
  const areas = await allAreas(tiflux, catalogId);
  return Promise.all(areas.map(async (area) => ({ area, items: await allItems(tiflux, area.id) })));
}
