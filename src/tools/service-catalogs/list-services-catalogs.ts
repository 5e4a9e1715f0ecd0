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
    'Lists the active service catalogues (top of the catalogue → area → item tree) with their ids, the ' +
    'services_catalog_id of the other catalogue tools. name filters, best matches first.',
  input: () => ({
    name: nameParam('Part of the catalogue name.').optional(),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({ services_catalogs: z.array(catalogOutput()), ...pageInfoOutput() }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const listing = await listOrRank((page) => catalogsApi(tiflux).listCatalogs(page), args);
    const rows = listing.rows.map(catalogRow);
    const text = listingText(
      { ...listing, rows, closest: listing.closest.map(catalogRow) },
      { heading: args.name ? `Service catalogues matching "${args.name}"` : 'Service catalogues', plural: 'service catalogues', empty: 'the organisation has none active', name: args.name },
      catalogLine,
      verbosity,
    );
    return { text, structured: { services_catalogs: rows, ...listing.info } };
  },
});
