// Renderers for catalogue items as desks and tickets show them (the catalogue's own routes render in routes.ts).

import type { TenantData } from '../../data/types.js';
import type { CatalogItemRecord } from './records.js';

export function renderCatalogItem(data: TenantData, item: CatalogItemRecord) {
  const area = data.areas.find((candidate) => candidate.id === item.area_id)!;
  const catalog = data.catalogs.find((candidate) => candidate.id === area.catalog_id)!;
  return {
    id: item.id, name: item.name, start_time: item.start_time, end_time: item.end_time,
    area: { id: area.id, name: area.name }, catalog: { id: catalog.id, name: catalog.name },
  };
}

/** The `services_catalog` object embedded in a ticket. */
export function renderCatalogRef(data: TenantData, item: CatalogItemRecord) {
  const area = data.areas.find((candidate) => candidate.id === item.area_id)!;
  const catalog = data.catalogs.find((candidate) => candidate.id === area.catalog_id)!;
  return {
    id: item.id, item_name: item.name, area_id: area.id, area_name: area.name, catalog_id: catalog.id, catalog_name: catalog.name,
  };
}
