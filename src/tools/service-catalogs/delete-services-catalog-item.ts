import { defineTool } from '../define-tool.js';
import { idParam, nameParam } from '../shared/params.js';
import { deleteOutput } from './cascade.js';
import { areaFromArguments, itemKind, refLabel, targetOf } from './names.js';
import { areaContext, DELETE_ANNOTATIONS } from './params.js';
import { allItems, catalogsApi } from './tree.js';

export const deleteServicesCatalogItem = defineTool({
  toolset: 'service_catalogs',
  name: 'delete_services_catalog_item',
  title: 'Delete a catalogue item',
  description:
    'Deletes (deactivates) a catalogue item: it can no longer be chosen on tickets (tickets using it keep it). Give ' +
    'it by id or full item_name. One already gone: nothing changes, and it says so.',
  input: () => ({
    ...areaContext(),
    id: idParam('Id of the item.').optional(),
    item_name: nameParam('Full name of the item, if no id.').optional(),
  }),
  output: deleteOutput,
  annotations: DELETE_ANNOTATIONS,
  async run(args, { tiflux }) {
    const area = await areaFromArguments(tiflux, 'delete_services_catalog_item', args);
    const label = refLabel('area', area);
    const target = targetOf(await allItems(tiflux, area.id), args.id, args.item_name, itemKind(area), 'delete_services_catalog_item');
    if (!target) {
      const which = args.id !== undefined ? `with id ${args.id}` : `named "${args.item_name}"`;
      return {
        text: `The ${label} has no active item ${which}: it is already deleted (or never existed). Nothing was deleted.`,
        structured: { deleted: false, id: args.id ?? null, name: args.item_name ?? null, areas_deleted: 0, items_deleted: 0 },
      };
    }
    await catalogsApi(tiflux).deleteItem(area.id, target.id);
    return {
      text: `Deleted item "${target.name}" (id ${target.id}) of ${label}.`,
      structured: { deleted: true, id: target.id, name: target.name, areas_deleted: 0, items_deleted: 1 },
    };
  },
});
