// Lookups over one tenant's records that both the generator and the routes need.

import type { CatalogItemRecord, StageRecord, TenantData, UserRecord } from './types.js';

export function stagesOfDesk(data: TenantData, deskId: number): StageRecord[] {
  return data.stages.filter((stage) => stage.desk_id === deskId).sort((a, b) => a.index - b.index);
}

/** The items a desk offers on tickets: selectable, not deleted items of the catalogs linked to the desk. */
export function itemsOfDesk(data: TenantData, deskId: number): CatalogItemRecord[] {
  const catalogIds = new Set(
    data.catalogs.filter((catalog) => !catalog.deleted && catalog.desk_ids.includes(deskId)).map((catalog) => catalog.id),
  );
  const areaIds = new Set(data.areas.filter((area) => !area.deleted && catalogIds.has(area.catalog_id)).map((area) => area.id));
  return data.catalogItems.filter((item) => item.selectable && !item.deleted && areaIds.has(item.area_id));
}

/** Staff (admins and attendants) whose technical group serves the desk. */
export function staffOfDesk(data: TenantData, deskId: number): UserRecord[] {
  const groupIds = new Set(data.technicalGroups.filter((group) => group.desk_ids.includes(deskId)).map((group) => group.id));
  return data.users.filter((user) => user._type !== 'client' && user.technical_group_id !== null && groupIds.has(user.technical_group_id));
}
