import { defineTool } from '../define-tool.js';
import { inline } from '../format/text.js';
import { areaOutput, areaRow } from './format.js';
import { areaKind, catalogFromArguments, refLabel, refuseDuplicate } from './names.js';
import { catalogContext, recordName, WRITE_ANNOTATIONS } from './params.js';
import { allAreas, catalogsApi } from './tree.js';

export const createServicesCatalogArea = defineTool({
  toolset: 'service_catalogs',
  name: 'create_services_catalog_area',
  title: 'Create an area in a service catalogue',
  description:
    'Creates an area in a service catalogue (middle of catalogue → area → item); add items with ' +
    'create_services_catalog_item. A name a sibling area has (accents, case and spacing aside) is refused before ' +
    'anything is written. Needs the service-catalogue management role.',
  input: () => ({ ...catalogContext(), name: recordName('Name of the new area.') }),
  output: () => ({ area: areaOutput() }),
  annotations: WRITE_ANNOTATIONS,
  async run(args, { tiflux }) {
    const catalog = await catalogFromArguments(tiflux, 'create_services_catalog_area', args);
    const label = refLabel('catalogue', catalog);
    refuseDuplicate(await allAreas(tiflux, catalog.id), args.name, undefined, `The ${label}`, areaKind(catalog, 'id'));
    const area = areaRow(await catalogsApi(tiflux).createArea(catalog.id, args.name), catalog.name);
    return {
      text: `Created area **${inline(area.name)}** (id ${area.id}) in ${label}. Add items with create_services_catalog_item.`,
      structured: { area },
    };
  },
});
