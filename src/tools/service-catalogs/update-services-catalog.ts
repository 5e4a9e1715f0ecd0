import * as z from 'zod';
import { defineTool } from '../define-tool.js';
import { inline } from '../format/text.js';
import { idParam, nameParam } from '../shared/params.js';
import { ToolError } from '../tool-error.js';
import { catalogOutput, catalogRow } from './format.js';
import { catalogKind, refuseDuplicate, targetOf } from './names.js';
import { recordName, RENAME_ANNOTATIONS } from './params.js';
import { allCatalogs, catalogsApi } from './tree.js';

const targetArgs = () => ({
  id: idParam('Id of the catalogue.').optional(),
  services_catalog_name: nameParam('Full name of the catalogue, if no id.').optional(),
});

export const updateServicesCatalog = defineTool({
  toolset: 'service_catalogs',
  name: 'update_services_catalog',
  title: 'Rename a service catalogue',
  description:
    'Renames a service catalogue, given by id or full services_catalog_name. A name another catalogue has is ' +
    'refused (TiFlux itself would accept it).',
  input: () => ({ ...targetArgs(), name: recordName('The new name.') }),
  output: () => ({ services_catalog: catalogOutput(), previous_name: z.string() }),
  annotations: RENAME_ANNOTATIONS,
  async run(args, { tiflux }) {
    const catalogs = await allCatalogs(tiflux);
    const target = targetOf(catalogs, args.id, args.services_catalog_name, catalogKind('id'), 'update_services_catalog');
    if (!target) throw new ToolError(`No active service catalogue ${args.id !== undefined ? `has id ${args.id}` : `is named "${args.services_catalog_name}"`}; nothing was renamed. list_services_catalogs shows them.`);
    refuseDuplicate(catalogs, args.name, target.id, 'The organisation', catalogKind('id'));
    const catalog = catalogRow(await catalogsApi(tiflux).updateCatalog(target.id, args.name));
    return {
      text: `Renamed service catalogue ${target.id} from "${inline(target.name)}" to **${inline(catalog.name)}**.`,
      structured: { services_catalog: catalog, previous_name: target.name },
    };
  },
});
