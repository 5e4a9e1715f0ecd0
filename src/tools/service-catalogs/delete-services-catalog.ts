import { defineTool } from '../define-tool.js';
import { idParam, nameParam } from '../shared/params.js';
import { cascadeCount, deleteOutput, guardCascade } from './cascade.js';
import { catalogKind, targetOf } from './names.js';
import { confirmCascade, DELETE_ANNOTATIONS } from './params.js';
import { allCatalogs, areasWithItems, catalogsApi } from './tree.js';

const targetArgs = () => ({
  id: idParam('Id of the catalogue.').optional(),
  services_catalog_name: nameParam('Full name of the catalogue, if no id.').optional(),
});

export const deleteServicesCatalog = defineTool({
  toolset: 'service_catalogs',
  name: 'delete_services_catalog',
  title: 'Delete a service catalogue',
  description:
    'Deletes (deactivates) a service catalogue, and TiFlux takes its areas, their items and the recurring ' +
    'activities using them too. So while it has areas the first call is refused with what would go; once the user ' +
    'agrees, call again with confirm_cascade: true. An empty one goes at once. Give id or full ' +
    'services_catalog_name. One already gone: nothing changes, and it says so.',
  input: () => ({ ...targetArgs(), confirm_cascade: confirmCascade() }),
  output: deleteOutput,
  annotations: DELETE_ANNOTATIONS,
  async run(args, { tiflux }) {
    const target = targetOf(await allCatalogs(tiflux), args.id, args.services_catalog_name, catalogKind('id'), 'delete_services_catalog');
    if (!target) {
      const which = args.id !== undefined ? `with id ${args.id}` : `named "${args.services_catalog_name}"`;
      return {
        text: `No active service catalogue ${which}: it is already deleted (or never existed). Nothing was deleted.`,
        structured: { deleted: false, id: args.id ?? null, name: args.services_catalog_name ?? null, areas_deleted: 0, items_deleted: 0 },
      };
    }
    const label = `catalogue "${target.name}" (id ${target.id})`;
    const areas = await areasWithItems(tiflux, target.id);
    guardCascade('delete_services_catalog', label, { areas }, args.confirm_cascade);
    await catalogsApi(tiflux).deleteCatalog(target.id);
    const items = areas.reduce((sum, area) => sum + area.items.length, 0);
    return {
      text: `Deleted service ${label}${areas.length ? `, with its ${cascadeCount(areas.length, items)}` : ' (it had no areas)'}.`,
      structured: { deleted: true, id: target.id, name: target.name, areas_deleted: areas.length, items_deleted: items },
    };
  },
});
