import { defineTool } from '../define-tool.js';
import { idParam, nameParam } from '../shared/params.js';
import { cascadeCount, deleteOutput, guardCascade } from './cascade.js';
import { catalogKind, targetOf } from './names.js';
import { confirmCascade, DELETE_ANNOTATIONS } from './params.js';
import { allCatalogs, areasWithItems, catalogsApi } from './tree.js';

const targetArgs = () => ({
  id: idParam('Id of the catalogue (from list_services_catalogs).').optional(),
  services_catalog_name: nameParam('Full name of the catalogue, if you do not have its id.').optional(),
});

export const deleteServicesCatalog = defineTool({
  toolset: 'service_catalogs',
  name: 'delete_services_catalog',
  title: 'Delete a service catalogue',
  description:
    'Deletes (deactivates) a service catalogue. TiFlux takes everything under it too: its areas, their items and ' +
    'the recurring activities that use them. So a catalogue that still has areas is NOT deleted on the first call: ' +
    'the answer is an error listing what would go; after the user agrees, call again with confirm_cascade: true. ' +
    'An empty catalogue is deleted at once. Give it as id or by its full services_catalog_name. Deleting one that ' +
    'is already gone changes nothing and says so.',
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
