/**
 * Service-catalogue administration (catalogue → area → item). Bodies are wrapped as TiFlux wants them
 * (`{services_catalog:{…}}`, `{area:{…}}`, `{item:{…}}`); deletes are soft and cascade on TiFlux's side. There is no
 * route that reads one catalogue, area or item: the lists are the only way to see them.
 */
import { getPage, json, send } from '../endpoint.js';
import type { Page, PageRequest } from '../paging.js';
import { apiPath, idSegment } from '../path.js';
import {
  servicesCatalogSchemas as s,
  type ServicesCatalog,
  type ServicesCatalogArea,
  type ServicesCatalogItem,
} from '../schemas/services-catalogs.js';
import type { Transport } from '../transport-types.js';

export interface NamedPageRequest extends PageRequest {
  /** Server-side partial match (`ilike`). */
  name?: string;
}

export interface ItemFields {
  name?: string;
  start_time?: string;
  end_time?: string;
}

export interface ServicesCatalogsApi {
  listCatalogs(request?: NamedPageRequest): Promise<Page<ServicesCatalog>>;
  createCatalog(name: string): Promise<ServicesCatalog>;
  updateCatalog(catalogId: number, name: string): Promise<ServicesCatalog>;
  deleteCatalog(catalogId: number): Promise<void>;
  listAreas(catalogId: number, request?: NamedPageRequest): Promise<Page<ServicesCatalogArea>>;
  createArea(catalogId: number, name: string): Promise<ServicesCatalogArea>;
  updateArea(catalogId: number, areaId: number, name: string): Promise<ServicesCatalogArea>;
  deleteArea(catalogId: number, areaId: number): Promise<void>;
  listItems(areaId: number, request?: NamedPageRequest): Promise<Page<ServicesCatalogItem>>;
  createItem(areaId: number, fields: Required<ItemFields>): Promise<ServicesCatalogItem>;
  updateItem(areaId: number, itemId: number, fields: ItemFields): Promise<ServicesCatalogItem>;
  deleteItem(areaId: number, itemId: number): Promise<void>;
}

const pageOf = ({ name, ...page }: NamedPageRequest = {}) => ({ query: { name: name?.trim() }, page });

export function createServicesCatalogsApi(transport: Transport): ServicesCatalogsApi {
  const catalog = (id: number) => idSegment(id, 'services_catalog_id');
  const area = (id: number) => idSegment(id, 'services_catalogs_area_id');
  const item = (id: number) => idSegment(id, 'id');
  return {
    listCatalogs: (request) =>
      getPage(transport, { path: '/services-catalogs', ...pageOf(request), schema: s().servicesCatalogListSchema, action: 'list the service catalogues' }),

    createCatalog: (name) =>
      send(transport, {
        method: 'POST', path: '/services-catalogs', body: json({ services_catalog: { name } }),
        schema: s().servicesCatalogSchema, action: 'create a service catalogue',
      }),

    updateCatalog: (id, name) =>
      send(transport, {
        method: 'PUT', path: apiPath`/services-catalogs/${catalog(id)}`, body: json({ services_catalog: { name } }),
        schema: s().servicesCatalogSchema, action: `rename service catalogue ${id}`, notFound: `service catalogue with id ${id}`,
      }),

    deleteCatalog: (id) =>
      send(transport, {
        method: 'DELETE', path: apiPath`/services-catalogs/${catalog(id)}`,
        action: `delete service catalogue ${id}`, notFound: `service catalogue with id ${id}`,
      }),

    listAreas: (catalogId, request) =>
      getPage(transport, {
        path: apiPath`/services-catalogs/${catalog(catalogId)}/areas`, ...pageOf(request),
        schema: s().servicesCatalogAreaListSchema, action: `list the areas of service catalogue ${catalogId}`,
        notFound: `service catalogue with id ${catalogId}`,
      }),

    createArea: (catalogId, name) =>
      send(transport, {
        method: 'POST', path: apiPath`/services-catalogs/${catalog(catalogId)}/areas`, body: json({ area: { name } }),
        schema: s().servicesCatalogAreaSchema, action: `create an area in service catalogue ${catalogId}`,
        notFound: `service catalogue with id ${catalogId}`,
      }),

    updateArea: (catalogId, areaId, name) =>
      send(transport, {
        method: 'PUT', path: apiPath`/services-catalogs/${catalog(catalogId)}/areas/${area(areaId)}`,
        body: json({ area: { name } }), schema: s().servicesCatalogAreaSchema,
        action: `rename area ${areaId}`, notFound: `area ${areaId} in service catalogue ${catalogId}`,
      }),

    deleteArea: (catalogId, areaId) =>
      send(transport, {
        method: 'DELETE', path: apiPath`/services-catalogs/${catalog(catalogId)}/areas/${area(areaId)}`,
        action: `delete area ${areaId}`, notFound: `area ${areaId} in service catalogue ${catalogId}`,
      }),

    listItems: (areaId, request) =>
      getPage(transport, {
        path: apiPath`/services-catalogs-areas/${area(areaId)}/items`, ...pageOf(request),
        schema: s().servicesCatalogItemListSchema, action: `list the items of area ${areaId}`,
        notFound: `service-catalogue area with id ${areaId}`,
      }),

    createItem: (areaId, fields) =>
      send(transport, {
        method: 'POST', path: apiPath`/services-catalogs-areas/${area(areaId)}/items`, body: json({ item: fields }),
        schema: s().servicesCatalogItemSchema, action: `create an item in area ${areaId}`,
        notFound: `service-catalogue area with id ${areaId}`,
      }),

    updateItem: (areaId, itemId, fields) =>
      send(transport, {
        method: 'PUT', path: apiPath`/services-catalogs-areas/${area(areaId)}/items/${item(itemId)}`,
        body: json({ item: fields }), schema: s().servicesCatalogItemSchema,
        action: `update item ${itemId}`, notFound: `item ${itemId} in area ${areaId}`,
      }),

    deleteItem: (areaId, itemId) =>
      send(transport, {
        method: 'DELETE', path: apiPath`/services-catalogs-areas/${area(areaId)}/items/${item(itemId)}`,
        action: `delete item ${itemId}`, notFound: `item ${itemId} in area ${areaId}`,
      }),
  };
}
