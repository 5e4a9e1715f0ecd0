// Desks, their stages and priorities, and the desk-scoped service catalogue
// (docs/tiflux-rest-api.md#desks-stages-and-catalogue-items).

import { foldAccents } from '../../data/text.js';
import { ok } from '../../http/api-response.js';
import { paginate, readPage } from '../../http/paging.js';
import { tenantOf } from '../../http/params.js';
import { optionalBoolean, optionalInteger, optionalString } from '../../http/query.js';
import type { Route } from '../../http/router.js';
import { itemsOfDesk } from '../services-catalogs/queries.js';
import { renderCatalogItem } from '../services-catalogs/render.js';
import { findDesk } from './params.js';
import { stagesOfDesk } from './queries.js';
import { renderDesk, renderDeskListItem, renderPriority, renderStage } from './render.js';

export const deskRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/desks',
    handle(context) {
      const active = optionalBoolean(context.query, 'active');
      const name = optionalString(context.query, 'name');
      // docs/tiflux-rest-api.md#filters: case-insensitive EXACT match on name OR display_name. Whether accents are folded is
      // unverified (docs/tiflux-rest-api.md#open-questions, q7); we keep them significant ("suporte tecnico" does not find
      // "Suporte Técnico"), so a client needs its own fuzzy fallback, as TiFlux's own client has.
      const wanted = name?.trim().toLowerCase();
      const desks = tenantOf(context).desks.filter(
        (desk) =>
          (active === undefined || desk.active === active) &&
          (wanted === undefined || desk.name.toLowerCase() === wanted || desk.display_name.toLowerCase() === wanted),
      );
      return ok(paginate(desks, readPage(context.query)).map(renderDeskListItem));
    },
  },
  {
    method: 'GET',
    pattern: '/desks/:id',
    handle: (context) => ok(renderDesk(tenantOf(context), findDesk(context))),
  },
  {
    method: 'GET',
    pattern: '/desks/:id/stages',
    handle(context) {
      const stages = stagesOfDesk(tenantOf(context), findDesk(context).id);
      return ok(paginate(stages, readPage(context.query)).map((stage) => renderStage(stage, stages)));
    },
  },
  {
    method: 'GET',
    pattern: '/desks/:id/priorities',
    handle(context) {
      const deskId = findDesk(context).id;
      const priorities = tenantOf(context).priorities.filter((priority) => priority.desk_id === deskId);
      return ok(paginate(priorities, readPage(context.query)).map(renderPriority));
    },
  },
  {
    method: 'GET',
    pattern: '/desks/:id/services-catalogs',
    handle(context) {
      const deskId = findDesk(context).id;
      const catalogs = tenantOf(context).catalogs.filter((catalog) => !catalog.deleted && catalog.desk_ids.includes(deskId));
      return ok(paginate(catalogs, readPage(context.query)).map((catalog) => ({ id: catalog.id, name: catalog.name })));
    },
  },
  {
    method: 'GET',
    pattern: '/desks/:id/services-catalogs-items',
    handle(context) {
      const data = tenantOf(context);
      const areaId = optionalInteger(context.query, 'area_id');
      const catalogId = optionalInteger(context.query, 'catalog_id');
      const name = optionalString(context.query, 'name');
      // docs/tiflux-rest-api.md#filters: partial, case- and accent-insensitive, against the catalog, area AND item names at
      // once.
      const wanted = name === undefined ? undefined : foldAccents(name.trim());
      const items = itemsOfDesk(data, findDesk(context).id)
        .map((item) => renderCatalogItem(data, item))
        .filter(
          (item) =>
            (areaId === undefined || item.area.id === areaId) &&
            (catalogId === undefined || item.catalog.id === catalogId) &&
            (wanted === undefined ||
              [item.name, item.area.name, item.catalog.name].some((text) => foldAccents(text).includes(wanted))),
        );
      return ok(paginate(items, readPage(context.query)));
    },
  },
];
