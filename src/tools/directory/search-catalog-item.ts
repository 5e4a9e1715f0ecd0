import * as z from 'zod';
import type { CatalogItem } from '../../tiflux/client.js';
import { defineTool } from '../define-tool.js';
import { renderList } from '../format/list.js';
import { pageInfoOf, pageInfoOutput, pageOfList } from '../format/paging.js';
import { ToolError } from '../tool-error.js';
import { inline } from '../format/text.js';
import { deskFromArguments, deskLabel } from '../names/desk-argument.js';
import { closestByWords, rankByName } from '../names/match-names.js';
import { idParam, limitParam, nameParam, offsetParam } from '../shared/params.js';

function itemOutput() {
  return z.object({
    id: z.number().int(),
    name: z.string(),
    area: z.object({ id: z.number().int().nullable(), name: z.string().nullable() }),
    catalog: z.object({ id: z.number().int().nullable(), name: z.string().nullable() }),
    start_time: z.string().nullable().describe('Attendance SLA, HH:MM.'),
    end_time: z.string().nullable().describe('Solution SLA, HH:MM.'),
  });
}
type ItemRow = z.output<ReturnType<typeof itemOutput>>;

const text = (value: string | number | null | undefined) => (value === null || value === undefined ? null : String(value));

function rowOf(item: CatalogItem): ItemRow {
  return {
    id: item.id,
    name: item.name,
    area: { id: item.area?.id ?? null, name: item.area?.name ?? item.area_name ?? null },
    catalog: { id: item.catalog?.id ?? null, name: item.catalog?.name ?? null },
    start_time: text(item.start_time),
    end_time: text(item.end_time),
  };
}

/** An item is found by its own name, or by its area's or catalogue's name (all items of "Acessos"). */
const namesOfItem = (item: CatalogItem) => [item.name, item.area?.name ?? item.area_name, item.catalog?.name];

export const searchCatalogItem = defineTool({
  toolset: 'directory',
  name: 'search_catalog_item',
  title: 'Search catalogue items of a desk',
  description:
    'Finds the service-catalogue items that can be chosen on tickets of one TiFlux desk, with their ids, area, ' +
    'catalogue and SLA times. The id goes to create_ticket as services_catalogs_item_id. Give the desk as desk_id ' +
    'or desk_name. catalog_item_name matches item, area or catalogue names accent- and case-insensitively, best ' +
    'matches first; leave it out to list every item, optionally narrowed by area_id or catalog_id. All items of ' +
    'the desk are searched, not only the first page. search instead lets TiFlux match (its own paging). Paging: limit (1–200, default 20), offset (next page: ' +
    'offset + 1).',
  input: () => ({
    catalog_item_name: nameParam('Name (or part of it) of the item, its area or its catalogue.').optional(),
    search: nameParam('Text TiFlux itself searches for in item, area and catalogue names (server-side; paged by TiFlux). Not with catalog_item_name.').optional(),
    desk_id: idParam('Desk id.').optional(),
    desk_name: nameParam('Desk name or display name, if you do not have desk_id.').optional(),
    area_id: idParam('Only items of this area.').optional(),
    catalog_id: idParam('Only items of this catalogue.').optional(),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({ desk_id: z.number().int(), items: z.array(itemOutput()), ...pageInfoOutput() }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    if (args.search !== undefined && args.catalog_item_name !== undefined) {
      throw new ToolError('Give catalog_item_name (matched here, best first) or search (matched by TiFlux), not both.');
    }
    const desk = await deskFromArguments(tiflux, 'search_catalog_item', args);
    if (args.search !== undefined) {
      const page = await tiflux.catalogItems.listForDesk(desk.id, {
        name: args.search, area_id: args.area_id, catalog_id: args.catalog_id, offset: args.offset, limit: args.limit,
      });
      const found = page.items.map(rowOf);
      const info = pageInfoOf(page);
      const text = found.length
        ? renderList({ heading: `Catalogue items TiFlux finds for "${args.search}" (${deskLabel(desk)})`, rows: found.map((item) => `- **${inline(item.name)}** (id ${item.id})${[item.catalog.name, item.area.name].filter(Boolean).length ? ` · ${inline([item.catalog.name, item.area.name].filter(Boolean).join(' › '))}` : ''}`), info, plural: 'items' }, verbosity)
        : `TiFlux finds no catalogue item for "${args.search}" on ${deskLabel(desk)}${info.offset > 1 ? ` on page ${info.offset}` : ''}. catalog_item_name also forgives accents and typos.`;
      return { text, structured: { desk_id: desk.id, items: found, ...info } };
    }
    const inScope = (await tiflux.lookups.catalogItems(desk.id)).filter(
      (item) =>
        (args.area_id === undefined || item.area?.id === args.area_id) &&
        (args.catalog_id === undefined || item.catalog?.id === args.catalog_id),
    );
    const chosen = args.catalog_item_name
      ? rankByName(args.catalog_item_name, inScope, namesOfItem).map(({ item }) => item)
      : [...inScope].sort((a, b) => a.name.localeCompare(b.name, 'pt-BR'));
    const { items, info } = pageOfList(chosen, args.offset, args.limit);
    const rows = items.map(rowOf);
    const line = (item: ItemRow) => {
      const path = [item.catalog.name, item.area.name].filter(Boolean).join(' › ');
      const sla = item.start_time || item.end_time ? ` · SLA ${item.start_time ?? '?'} / ${item.end_time ?? '?'}` : '';
      return `- **${inline(item.name)}** (id ${item.id})${path ? ` · ${inline(path)}` : ''}${sla}`;
    };
    const scope = [
      deskLabel(desk),
      args.area_id !== undefined ? `area ${args.area_id}` : '',
      args.catalog_id !== undefined ? `catalogue ${args.catalog_id}` : '',
    ].filter(Boolean).join(', ');
    let body: string;
    if (rows.length) {
      const heading = args.catalog_item_name ? `Catalogue items matching "${args.catalog_item_name}"` : 'Catalogue items';
      body = renderList({ heading: `${heading} (${scope})`, rows: rows.map(line), info, plural: 'items' }, verbosity);
    } else if (chosen.length) {
      body = `No items on page ${info.offset}: the ${chosen.length} items end before it.`;
    } else if (args.catalog_item_name) {
      const closest = closestByWords(args.catalog_item_name, inScope, namesOfItem).map(rowOf);
      body =
        `No catalogue item matches "${args.catalog_item_name}" (${scope}).` +
        (closest.length ? `\nClosest names:\n${closest.map(line).join('\n')}` : '');
    } else {
      body = `No catalogue items can be chosen on tickets of ${scope}.`;
    }
    return { text: body, structured: { desk_id: desk.id, items: rows, ...info } };
  },
});
