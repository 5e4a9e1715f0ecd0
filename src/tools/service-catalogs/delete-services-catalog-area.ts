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
    'Deletes (deactivates) an area of a service catalogue, and TiFlux takes all its items too. So while it has ' +
    'items the first call is refused with the items that would go; once the user agrees, call again with ' +
    'confirm_cascade: true. An empty area goes at once. Give id or full area_name. One already gone: nothing ' +
    'changes, and it says so.',
  input: () => ({
    ...catalogContext(),
    id: idParam('Id of the area.').optional(),
    area_name: nameParam('Full name of the area, if no id.').optional(),
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
