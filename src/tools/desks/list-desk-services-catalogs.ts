import * as z from 'zod';
import { renderList } from '../format/list.js';
import { collectAllPages } from '../../tiflux/paging.js';
import { createDeskSettingsApi } from '../../tiflux/resources/desk-settings.js';
import { defineTool } from '../define-tool.js';
import { pageInfoOutput, pageOfList } from '../format/paging.js';
import { inline } from '../format/text.js';
import { deskFromArguments, deskLabel } from '../names/desk-argument.js';
import { rankByName } from '../names/match-names.js';
import { idParam, limitParam, nameParam, offsetParam } from '../shared/params.js';

export const listDeskServicesCatalogs = defineTool({
  toolset: 'desks',
  name: 'list_desk_services_catalogs',
  title: 'List a desk\'s service catalogues',
  description:
    'Lists the service catalogues linked to one TiFlux desk, with ids. catalog_name keeps those named like it. These ' +
    'are catalogues, not items: search_catalog_item finds the items a ticket of the desk can use.',
  input: () => ({
    desk_id: idParam('Desk id, or give desk_name; the id wins.').optional(),
    desk_name: nameParam('Desk name or display name.').optional(),
    catalog_name: nameParam('Only catalogues named like this.').optional(),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({
    desk_id: z.number().int(),
    catalogs: z.array(z.object({ id: z.number().int(), name: z.string() })),
    ...pageInfoOutput(),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const desk = await deskFromArguments(tiflux, 'list_desk_services_catalogs', args);
    const all = (await collectAllPages((page) => tiflux.use(createDeskSettingsApi).catalogs(desk.id, page))).map((catalog) => ({
      id: catalog.id,
      name: catalog.name,
    }));
    const kept = args.catalog_name ? rankByName(args.catalog_name, all, (row) => [row.name]).map(({ item }) => item) : all;
    const { items, info } = pageOfList(kept, args.offset, args.limit);
    const text = items.length
      ? renderList({ heading: `Service catalogues of ${deskLabel(desk)}`, rows: items.map((row) => `- **${inline(row.name)}** (id ${row.id})`), info, plural: 'catalogues' }, verbosity)
      : args.catalog_name && all.length
        ? `No catalogue of ${deskLabel(desk)} is named like "${args.catalog_name}". Its catalogues: ${all.map((row) => `${row.name} (${row.id})`).join(', ')}.`
        : all.length
          ? `No catalogues on page ${info.offset}.`
          : `${deskLabel(desk)} has no service catalogues linked.`;
    return { text, structured: { desk_id: desk.id, catalogs: items, ...info } };
  },
});
