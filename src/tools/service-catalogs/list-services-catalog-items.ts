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
    'Lists the active items of one service-catalogue area with their ids and SLA times (start_time = attendance ' +
    'SLA, end_time = solution SLA, HH:MM). Give the area as services_catalogs_area_id, or area_name (narrowed by ' +
    'services_catalog_id or services_catalog_name when area names repeat). name narrows the list accent- and case-insensitively, best ' +
    'matches first. For the items a desk offers on tickets, use search_catalog_item instead. Paging: limit (1–200, ' +
    'default 20), offset (next page: offset + 1).',
  input: () => ({
    ...areaContext(),
    name: nameParam('Part of the item name.').optional(),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({ services_catalogs_area_id: z.number().int(), items: z.array(itemOutput()), ...pageInfoOutput() }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
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
    );
    return { text, structured: { services_catalogs_area_id: area.id, items: rows, ...listing.info } };
  },
});
