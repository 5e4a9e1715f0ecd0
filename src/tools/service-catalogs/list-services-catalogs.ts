import * as z from 'zod';
import { defineTool } from '../define-tool.js';
import { pageInfoOutput } from '../format/paging.js';
import { limitParam, nameParam, offsetParam } from '../shared/params.js';
import { catalogLine, catalogOutput, catalogRow } from './format.js';
import { listOrRank, listingText } from './listing.js';
import { catalogsApi } from './tree.js';

export const listServicesCatalogs = defineTool({
  toolset: 'service_catalogs',
  name: 'list_services_catalogs',
  title: 'List service catalogues',
  description:
    'Lists the organisation\'s service catalogues (the top of the catalogue → area → item tree), active ones only, ' +
    'with their ids. name narrows the list accent- and case-insensitively, best matches first. The ids go to ' +
    'list_services_catalog_areas and the other catalogue tools as services_catalog_id (they also accept ' +
    'services_catalog_name). Paging: limit (1–200, default 20), offset (next page: offset + 1).',
  input: () => ({
    name: nameParam('Part of the catalogue name.').optional(),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({ services_catalogs: z.array(catalogOutput()), ...pageInfoOutput() }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const listing = await listOrRank((page) => catalogsApi(tiflux).listCatalogs(page), args);
    const rows = listing.rows.map(catalogRow);
    const text = listingText(
      { ...listing, rows, closest: listing.closest.map(catalogRow) },
      { heading: args.name ? `Service catalogues matching "${args.name}"` : 'Service catalogues', plural: 'service catalogues', empty: 'the organisation has none active', name: args.name },
      catalogLine,
    );
    return { text, structured: { services_catalogs: rows, ...listing.info } };
  },
});
