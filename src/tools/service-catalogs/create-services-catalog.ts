import { defineTool } from '../define-tool.js';
import { inline } from '../format/text.js';
import { catalogOutput, catalogRow } from './format.js';
import { catalogKind, refuseDuplicate } from './names.js';
import { recordName, WRITE_ANNOTATIONS } from './params.js';
import { allCatalogs, catalogsApi } from './tree.js';

export const createServicesCatalog = defineTool({
  toolset: 'service_catalogs',
  name: 'create_services_catalog',
  title: 'Create a service catalogue',
  description:
    'Creates a service catalogue (top of catalogue → area → item); add areas with create_services_catalog_area. A ' +
    'name another catalogue has (accents, case and spacing aside) is refused before anything is written. Needs the ' +
    'service-catalogue management role.',
  input: () => ({ name: recordName('Name of the new catalogue.') }),
  output: () => ({ services_catalog: catalogOutput() }),
  annotations: WRITE_ANNOTATIONS,
  async run(args, { tiflux }) {
    refuseDuplicate(await allCatalogs(tiflux), args.name, undefined, 'The organisation', catalogKind());
    const catalog = catalogRow(await catalogsApi(tiflux).createCatalog(args.name));
    return {
      text: `Created service catalogue **${inline(catalog.name)}** (id ${catalog.id}). Add areas with create_services_catalog_area.`,
      structured: { services_catalog: catalog },
    };
  },
});
