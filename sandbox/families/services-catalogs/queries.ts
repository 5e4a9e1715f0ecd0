// Lookups over the catalogue that both the generator and the routes need.

import type { TenantData } from '../../data/types.js';
import type { CatalogItemRecord } from './records.js';

/** The items a desk offers on tickets: selectable, not deleted items of the catalogs linked to the desk. */
export function itemsOfDesk(data: TenantData, deskId: number): CatalogItemRecord[] {
  const catalogIds = new Set(
    data.catalogs.filter((catalog) => !catalog.deleted && catalog.desk_ids.includes(deskId)).map((catalog) => catalog.id),
  );
  const areaIds = new Set(data.areas.filter((area) => !area.deleted && catalogIds.has(area.catalog_id)).map((area) => area.id));
  return data.catalogItems.filter((item) => item.selectable && !item.deleted && areaIds.has(item.area_id));
}
