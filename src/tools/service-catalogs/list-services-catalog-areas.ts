import * as z from 'zod';
import { defineTool } from '../define-tool.js';
import { pageInfoOutput } from '../format/paging.js';
import { limitParam, nameParam, offsetParam } from '../shared/params.js';
import { areaLine, areaOutput, areaRow } from './format.js';
import { listOrRank, listingText } from './listing.js';
import { catalogFromArguments, refLabel } from './names.js';
import { catalogContext } from './params.js';
import { catalogsApi } from './tree.js';

export const listServicesCatalogAreas = defineTool({
  toolset: 'service_catalogs',
  name: 'list_services_catalog_areas',
  title: 'List the areas of a service catalogue',
  description:
    'Lists the active areas of one service catalogue, with their ids (the middle of the catalogue → area → item ' +
    'tree). Give the catalogue as services_catalog_id or services_catalog_name. name narrows the list accent- and ' +
    'case-insensitively, best matches first. Area ids go to list_services_catalog_items and the item tools as ' +
    'services_catalogs_area_id. Paging: limit (1–200, default 20), offset (next page: offset + 1).',
  input: () => ({
    ...catalogContext(),
    name: nameParam('Part of the area name.').optional(),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({ services_catalog_id: z.number().int(), areas: z.array(areaOutput()), ...pageInfoOutput() }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const catalog = await catalogFromArguments(tiflux, 'list_services_catalog_areas', args);
    const listing = await listOrRank((page) => catalogsApi(tiflux).listAreas(catalog.id, page), args);
    const rows = listing.rows.map((area) => areaRow(area, catalog.name));
    const label = refLabel('catalogue', { ...catalog, name: catalog.name ?? rows[0]?.services_catalog ?? undefined });
    const text = listingText(
      { ...listing, rows, closest: listing.closest.map((area) => areaRow(area)) },
      { heading: `Areas of ${label}${args.name ? ` matching "${args.name}"` : ''}`, plural: 'areas', empty: `${label} has none active`, name: args.name },
      areaLine,
    );
    return { text, structured: { services_catalog_id: catalog.id, areas: rows, ...listing.info } };
  },
});
