import * as z from 'zod';
import { defineTool } from '../define-tool.js';
import { inline } from '../format/text.js';
import { idParam, nameParam } from '../shared/params.js';
import { ToolError } from '../tool-error.js';
import { areaOutput, areaRow } from './format.js';
import { areaKind, catalogFromArguments, refLabel, refuseDuplicate, targetOf } from './names.js';
import { catalogContext, recordName, RENAME_ANNOTATIONS } from './params.js';
import { allAreas, catalogsApi } from './tree.js';

export const updateServicesCatalogArea = defineTool({
  toolset: 'service_catalogs',
  name: 'update_services_catalog_area',
  title: 'Rename a catalogue area',
  description:
    'Renames an area of a service catalogue, given by id or full area_name. A name another area of the catalogue ' +
    'has is refused (TiFlux itself would accept it).',
  input: () => ({
    ...catalogContext(),
    id: idParam('Id of the area.').optional(),
    area_name: nameParam('Full name of the area, if no id.').optional(),
    name: recordName('The new name.'),
  }),
  output: () => ({ area: areaOutput(), previous_name: z.string() }),
  annotations: RENAME_ANNOTATIONS,
  async run(args, { tiflux }) {
    const catalog = await catalogFromArguments(tiflux, 'update_services_catalog_area', args);
    const label = refLabel('catalogue', catalog);
    const areas = await allAreas(tiflux, catalog.id);
    const kind = areaKind(catalog, 'id');
    const target = targetOf(areas, args.id, args.area_name, kind, 'update_services_catalog_area');
    if (!target) {
      throw new ToolError(`The ${label} has no active area ${args.id !== undefined ? `with id ${args.id}` : `named "${args.area_name}"`}; nothing was renamed. list_services_catalog_areas shows them.`);
    }
    refuseDuplicate(areas, args.name, target.id, `The ${label}`, kind);
    const area = areaRow(await catalogsApi(tiflux).updateArea(catalog.id, target.id, args.name), catalog.name);
    return {
      text: `Renamed area ${target.id} of ${label} from "${inline(target.name)}" to **${inline(area.name)}**.`,
      structured: { area, previous_name: target.name },
    };
  },
});
