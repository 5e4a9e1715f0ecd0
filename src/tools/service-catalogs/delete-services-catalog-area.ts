import { defineTool } from '../define-tool.js';
import { idParam, nameParam } from '../shared/params.js';
import { cascadeCount, deleteOutput, guardCascade } from './cascade.js';
import { areaKind, catalogFromArguments, refLabel, targetOf } from './names.js';
import { catalogContext, confirmCascade, DELETE_ANNOTATIONS } from './params.js';
import { allAreas, allItems, catalogsApi } from './tree.js';

export const deleteServicesCatalogArea = defineTool({
  toolset: 'service_catalogs',
  name: 'delete_services_catalog_area',
  title: 'Delete a catalogue area',
  description:
    'Deletes (deactivates) an area of a service catalogue. TiFlux takes every item of the area with it. So an area ' +
    'that still has items is NOT deleted on the first call: the answer is an error listing the items that would go; ' +
    'after the user agrees, call again with confirm_cascade: true. An empty area is deleted at once. Give the ' +
    'catalogue as services_catalog_id or services_catalog_name, and the area as id or by its full area_name. ' +
    'Deleting one that is already gone changes nothing and says so.',
  input: () => ({
    ...catalogContext(),
    id: idParam('Id of the area (from list_services_catalog_areas).').optional(),
    area_name: nameParam('Full name of the area, if you do not have its id.').optional(),
    confirm_cascade: confirmCascade(),
  }),
  output: deleteOutput,
  annotations: DELETE_ANNOTATIONS,
  async run(args, { tiflux }) {
    const catalog = await catalogFromArguments(tiflux, 'delete_services_catalog_area', args);
    const label = refLabel('catalogue', catalog);
    const target = targetOf(await allAreas(tiflux, catalog.id), args.id, args.area_name, areaKind(catalog, 'id'), 'delete_services_catalog_area');
    if (!target) {
      const which = args.id !== undefined ? `with id ${args.id}` : `named "${args.area_name}"`;
      return {
        text: `The ${label} has no active area ${which}: it is already deleted (or never existed). Nothing was deleted.`,
        structured: { deleted: false, id: args.id ?? null, name: args.area_name ?? null, areas_deleted: 0, items_deleted: 0 },
      };
    }
    const areaLabel = `area "${target.name}" (id ${target.id}) of ${label}`;
    const items = await allItems(tiflux, target.id);
    guardCascade('delete_services_catalog_area', areaLabel, { items }, args.confirm_cascade);
    await catalogsApi(tiflux).deleteArea(catalog.id, target.id);
    return {
      text: `Deleted ${areaLabel}${items.length ? `, with its ${cascadeCount(undefined, items.length)}` : ' (it had no items)'}.`,
      structured: { deleted: true, id: target.id, name: target.name, areas_deleted: 1, items_deleted: items.length },
    };
  },
});
