// The service catalogue: catalogues, their areas and the areas' items (docs/assets-and-contracts.md).

/** Catalogues, areas and items are soft-deleted (docs/assets-and-contracts.md): `deleted` hides them from every list, and the ids stay taken. */
export interface CatalogRecord {
  id: number;
  name: string;
  desk_ids: number[];
  deleted?: boolean;
}

export interface AreaRecord {
  id: number;
  catalog_id: number;
  name: string;
  deleted?: boolean;
}

export interface CatalogItemRecord {
  id: number;
  area_id: number;
  name: string;
  start_time: string;
  end_time: string;
  /** Items that cannot be selected in tickets are not returned by the desk-scoped list (docs/tiflux-rest-api.md#desks-stages-and-catalogue-items). */
  selectable: boolean;
  deleted?: boolean;
}

declare module '../../data/types.js' {
  interface TenantData {
    catalogs: CatalogRecord[];
    areas: AreaRecord[];
    catalogItems: CatalogItemRecord[];
  }
}
