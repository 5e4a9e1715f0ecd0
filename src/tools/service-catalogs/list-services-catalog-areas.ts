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
    'Lists the active areas of one service catalogue (middle of catalogue → area → item) with their ids, the ' +
    'services_catalogs_area_id of the item tools. name filters, best matches first.',
  input: () => ({
    ...catalogContext(),
    name: nameParam('Part of the area name.').optional(),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({ services_catalog_id: z.number().int(), areas: z.array(areaOutput()), ...pageInfoOutput() }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const catalog = await catalogFromArguments(tiflux, 'list_services_catalog_areas', args);
    const listing = await listOrRank((page) => catalogsApi(tiflux).listAreas(catalog.id, page), args);
    const rows = listing.rows.map((area) => areaRow(area, catalog.name));
    const label = refLabel('catalogue', { ...catalog, name: catalog.name ?? rows[0]?.services_catalog ?? undefined });
    const text = listingText(
      { ...listing, rows, closest: listing.closest.map((area) => areaRow(area)) },
      { heading: `Areas of ${label}${args.name ? ` matching "${args.name}"` : ''}`, plural: 'areas', empty: `${label} has none active`, name: args.name },
      areaLine,
      verbosity,
    );
    return { text, structured: { services_catalog_id: catalog.id, areas: rows, ...listing.info } };
  },
});
