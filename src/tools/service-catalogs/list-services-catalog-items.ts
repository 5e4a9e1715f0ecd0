import * as z from 'zod';
import { defineTool } from '../define-tool.js';
import { pageInfoOutput } from '../format/paging.js';
import { limitParam, nameParam, offsetParam } from '../shared/params.js';
import { itemLine, itemOutput, itemRow } from './format.js';
import { listOrRank, listingText } from './listing.js';
import { areaFromArguments, refLabel } from './names.js';
import { areaContext } from './params.js';
import { catalogsApi } from './tree.js';

export const listServicesCatalogItems = defineTool({
  toolset: 'service_catalogs',
  name: 'list_services_catalog_items',
  title: 'List the items of a catalogue area',
  description:
    'Lists the active items of one catalogue area with ids and SLA times (start_time = attendance, end_time = ' +
    'solution, HH:MM). name filters, best matches first. For the items a desk offers on tickets, use ' +
    'search_catalog_item.',
  input: () => ({
    ...areaContext(),
    name: nameParam('Part of the item name.').optional(),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({ services_catalogs_area_id: z.number().int(), items: z.array(itemOutput()), ...pageInfoOutput() }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const area = await areaFromArguments(tiflux, 'list_services_catalog_items', args);
    const listing = await listOrRank((page) => catalogsApi(tiflux).listItems(area.id, page), args);
    const rows = listing.rows.map((item) => itemRow(item, area.name));
    const first = rows[0];
    const label = refLabel('area', { ...area, name: area.name ?? first?.services_catalogs_area ?? undefined });
    const path = first?.services_catalog ? ` in catalogue "${first.services_catalog}"` : '';
    const text = listingText(
      { ...listing, rows, closest: listing.closest.map((item) => itemRow(item)) },
      { heading: `Items of ${label}${path}${args.name ? ` matching "${args.name}"` : ''}`, plural: 'items', empty: `${label} has none active`, name: args.name },
      itemLine,
      verbosity,
    );
    return { text, structured: { services_catalogs_area_id: area.id, items: rows, ...listing.info } };
  },
});
