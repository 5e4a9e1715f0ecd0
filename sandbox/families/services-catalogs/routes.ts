// Organisation-wide service-catalogue administration (docs/assets-and-contracts.md): catalogue → area → item, with TiFlux's wrapped
// bodies, soft and cascading deletes, create-only name uniqueness and HH:MM SLA times. Writes need the
// `service_catalogs_manage` role, which only the admin key holds here; reads are open to every key.

import { nextId } from '../../data/counters.js';
import type { TenantData } from '../../data/types.js';
import { created, noContent, notFound, ok, routeNotFound, type ApiResponse } from '../../http/api-response.js';
import { FieldErrors, fieldsOf, has, text, type Fields } from '../../http/fields.js';
import { paginate, readPage, totalItemsHeader } from '../../http/paging.js';
import { idParam, tenantOf } from '../../http/params.js';
import { optionalString } from '../../http/query.js';
import type { Route, RouteContext } from '../../http/router.js';
import type { AreaRecord, CatalogItemRecord, CatalogRecord } from './records.js';

const activeCatalogs = (data: TenantData) => data.catalogs.filter((catalog) => !catalog.deleted);
const activeAreas = (data: TenantData, catalogId: number) =>
  data.areas.filter((area) => !area.deleted && area.catalog_id === catalogId);
const activeItems = (data: TenantData, areaId: number) =>
  data.catalogItems.filter((item) => !item.deleted && item.area_id === areaId);

function findCatalog(context: RouteContext, param: string): CatalogRecord {
  const id = idParam(context, param, 'Services catalog');
  const catalog = activeCatalogs(tenantOf(context)).find((candidate) => candidate.id === id);
  if (!catalog) throw notFound(`Services catalog ${id} not found`);
  return catalog;
}

function findArea(context: RouteContext, param: string, catalogId?: number): AreaRecord {
  const id = idParam(context, param, 'Services catalog area');
  const area = tenantOf(context).areas.find(
    (candidate) => candidate.id === id && !candidate.deleted && (catalogId === undefined || candidate.catalog_id === catalogId),
  );
  // An area whose catalogue was deleted went with it.
  if (!area || !activeCatalogs(tenantOf(context)).some((catalog) => catalog.id === area.catalog_id)) {
    throw notFound(`Services catalog area ${id} not found`);
  }
  return area;
}

function findItem(context: RouteContext, areaId: number): CatalogItemRecord {
  const id = idParam(context, 'id', 'Services catalog item');
  const item = activeItems(tenantOf(context), areaId).find((candidate) => candidate.id === id);
  if (!item) throw notFound(`Services catalog item ${id} not found`);
  return item;
}

/** `?name=` is an `ilike`: a case-insensitive substring, accents significant (docs/assets-and-contracts.md item 11). */
function byName<T extends { name: string }>(records: T[], query: URLSearchParams): T[] {
  const wanted = optionalString(query, 'name')?.trim().toLowerCase();
  return wanted === undefined ? records : records.filter((record) => record.name.toLowerCase().includes(wanted));
}

function listed<T>(records: T[], context: RouteContext, render: (record: T) => unknown): ApiResponse {
  return ok(paginate(records, readPage(context.query)).map(render), totalItemsHeader(records.length));
}

/** The object inside TiFlux's wrapper (`{ services_catalog: {…} }`); a missing wrapper reads as no fields. */
function wrapped(context: RouteContext, wrapper: string): Fields {
  const value = fieldsOf(context.body)[wrapper];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : {};
}

/** The name of a create or update; on create, a name already used by a sibling is a 422 (updates are not checked). */
function nameField(fields: Fields, errors: FieldErrors, siblings: { name: string }[] | undefined, required: boolean) {
  const name = required || has(fields, 'name') ? text(fields, 'name', errors, true)?.trim() : undefined;
  if (name && siblings?.some((sibling) => sibling.name.toLowerCase() === name.toLowerCase())) {
    errors.add('name', 'has already been taken');
  }
  return name;
}

/** "HH:MM" with 0–999 hours (docs/assets-and-contracts.md), in minutes; undefined when absent or malformed (reported). */
function duration(fields: Fields, name: string, errors: FieldErrors, required: boolean): string | undefined {
  const value = text(fields, name, errors, required);
  if (value === undefined) return undefined;
  if (!/^\d{1,3}:[0-5]\d$/.test(value)) {
    errors.add(name, 'must be in the format HH:MM (hours 0-999)');
    return undefined;
  }
  return value;
}

const minutes = (value: string) => {
  const [hours, mins] = value.split(':').map(Number);
  return hours! * 60 + mins!;
};

const renderCatalog = (catalog: CatalogRecord) => ({ id: catalog.id, name: catalog.name });

function renderArea(data: TenantData, area: AreaRecord) {
  const catalog = data.catalogs.find((candidate) => candidate.id === area.catalog_id)!;
  return { id: area.id, name: area.name, services_catalog: { name: catalog.name } };
}

function renderItem(data: TenantData, item: CatalogItemRecord) {
  const area = data.areas.find((candidate) => candidate.id === item.area_id)!;
  const catalog = data.catalogs.find((candidate) => candidate.id === area.catalog_id)!;
  return {
    id: item.id, name: item.name, start_time: item.start_time, end_time: item.end_time,
    services_catalog: { name: catalog.name }, services_catalogs_area: { name: area.name },
  };
}

function deleteArea(data: TenantData, area: AreaRecord): void {
  area.deleted = true;
  for (const item of activeItems(data, area.id)) item.deleted = true;
}

const catalogRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/services-catalogs',
    handle: (context) => listed(byName(activeCatalogs(tenantOf(context)), context.query), context, renderCatalog),
  },
  {
    // docs/assets-and-contracts.md: the route is not exposed.
    method: 'GET',
    pattern: '/services-catalogs/:id',
    handle() {
      throw routeNotFound('Route not found');
    },
  },
  {
    method: 'POST',
    pattern: '/services-catalogs',
    adminOnly: true,
    accepts: ['json'],
    handle(context) {
      const data = tenantOf(context);
      const errors = new FieldErrors();
      const name = nameField(wrapped(context, 'services_catalog'), errors, activeCatalogs(data), true);
      errors.check();
      const catalog: CatalogRecord = { id: nextId(data.catalogs), name: name!, desk_ids: [] };
      data.catalogs.push(catalog);
      return created(renderCatalog(catalog));
    },
  },
  {
    method: 'PUT',
    pattern: '/services-catalogs/:id',
    adminOnly: true,
    accepts: ['json'],
    handle(context) {
      const catalog = findCatalog(context, 'id');
      const errors = new FieldErrors();
      const name = nameField(wrapped(context, 'services_catalog'), errors, undefined, true);
      errors.check();
      catalog.name = name!;
      return ok(renderCatalog(catalog));
    },
  },
  {
    // Cascade (docs/assets-and-contracts.md): the catalogue, its areas and their items are all deactivated.
    method: 'DELETE',
    pattern: '/services-catalogs/:id',
    adminOnly: true,
    handle(context) {
      const data = tenantOf(context);
      const catalog = findCatalog(context, 'id');
      catalog.deleted = true;
      for (const area of activeAreas(data, catalog.id)) deleteArea(data, area);
      return noContent();
    },
  },
];

const areaRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/services-catalogs/:catalogId/areas',
    handle(context) {
      const data = tenantOf(context);
      const catalog = findCatalog(context, 'catalogId');
      return listed(byName(activeAreas(data, catalog.id), context.query), context, (area) => renderArea(data, area));
    },
  },
  {
    method: 'POST',
    pattern: '/services-catalogs/:catalogId/areas',
    adminOnly: true,
    accepts: ['json'],
    handle(context) {
      const data = tenantOf(context);
      const catalog = findCatalog(context, 'catalogId');
      const errors = new FieldErrors();
      const name = nameField(wrapped(context, 'area'), errors, activeAreas(data, catalog.id), true);
      errors.check();
      const area: AreaRecord = { id: nextId(data.areas), catalog_id: catalog.id, name: name! };
      data.areas.push(area);
      return created(renderArea(data, area));
    },
  },
  {
    method: 'PUT',
    pattern: '/services-catalogs/:catalogId/areas/:id',
    adminOnly: true,
    accepts: ['json'],
    handle(context) {
      const data = tenantOf(context);
      const area = findArea(context, 'id', findCatalog(context, 'catalogId').id);
      const errors = new FieldErrors();
      const name = nameField(wrapped(context, 'area'), errors, undefined, true);
      errors.check();
      area.name = name!;
      return ok(renderArea(data, area));
    },
  },
  {
    method: 'DELETE',
    pattern: '/services-catalogs/:catalogId/areas/:id',
    adminOnly: true,
    handle(context) {
      const area = findArea(context, 'id', findCatalog(context, 'catalogId').id);
      deleteArea(tenantOf(context), area);
      return noContent();
    },
  },
];

function readItem(context: RouteContext, existing: CatalogItemRecord | undefined, siblings: CatalogItemRecord[]) {
  const fields = wrapped(context, 'item');
  const creating = existing === undefined;
  const errors = new FieldErrors();
  // A create missing any of the three is a business-rule refusal (42202, docs/assets-and-contracts.md), checked first.
  if (creating) {
    const missing = new FieldErrors();
    for (const name of ['name', 'start_time', 'end_time']) text(fields, name, missing, true);
    missing.checkRules();
  }
  const name = nameField(fields, errors, creating ? siblings : undefined, creating);
  const start = creating || has(fields, 'start_time') ? duration(fields, 'start_time', errors, true) : undefined;
  const end = creating || has(fields, 'end_time') ? duration(fields, 'end_time', errors, true) : undefined;
  errors.check();
  const finalStart = start ?? existing!.start_time;
  const finalEnd = end ?? existing!.end_time;
  if (minutes(finalEnd) < minutes(finalStart)) {
    const rule = new FieldErrors();
    rule.add('end_time', 'must be greater than or equal to start_time');
    rule.checkRules();
  }
  return { name, start_time: finalStart, end_time: finalEnd };
}

const itemRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/services-catalogs-areas/:areaId/items',
    handle(context) {
      const data = tenantOf(context);
      const area = findArea(context, 'areaId');
      return listed(byName(activeItems(data, area.id), context.query), context, (item) => renderItem(data, item));
    },
  },
  {
    method: 'POST',
    pattern: '/services-catalogs-areas/:areaId/items',
    adminOnly: true,
    accepts: ['json'],
    handle(context) {
      const data = tenantOf(context);
      const area = findArea(context, 'areaId');
      const fields = readItem(context, undefined, activeItems(data, area.id));
      const item: CatalogItemRecord = {
        id: nextId(data.catalogItems), area_id: area.id, name: fields.name!, start_time: fields.start_time,
        end_time: fields.end_time, selectable: true,
      };
      data.catalogItems.push(item);
      return created(renderItem(data, item));
    },
  },
  {
    method: 'PUT',
    pattern: '/services-catalogs-areas/:areaId/items/:id',
    adminOnly: true,
    accepts: ['json'],
    handle(context) {
      const data = tenantOf(context);
      const item = findItem(context, findArea(context, 'areaId').id);
      const fields = readItem(context, item, []);
      Object.assign(item, { name: fields.name ?? item.name, start_time: fields.start_time, end_time: fields.end_time });
      return ok(renderItem(data, item));
    },
  },
  {
    method: 'DELETE',
    pattern: '/services-catalogs-areas/:areaId/items/:id',
    adminOnly: true,
    handle(context) {
      findItem(context, findArea(context, 'areaId').id).deleted = true;
      return noContent();
    },
  },
];

export const servicesCatalogRoutes: Route[] = [...catalogRoutes, ...areaRoutes, ...itemRoutes];
