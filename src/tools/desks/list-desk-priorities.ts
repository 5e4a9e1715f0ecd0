import * as z from 'zod';
import { renderList } from '../format/list.js';
import { collectAllPages } from '../../tiflux/paging.js';
import { createDeskSettingsApi } from '../../tiflux/resources/desk-settings.js';
import { defineTool } from '../define-tool.js';
import { pageInfoOutput, pageOfList } from '../format/paging.js';
import { inline } from '../format/text.js';
import { deskFromArguments, deskLabel } from '../names/desk-argument.js';
import { closestByWords, rankByName } from '../names/match-names.js';
import { idParam, limitParam, nameParam, offsetParam } from '../shared/params.js';

export const listDeskPriorities = defineTool({
  toolset: 'desks',
  name: 'list_desk_priorities',
  title: 'List a desk\'s priorities',
  description:
    'Lists one TiFlux desk\'s priorities (priorities belong to a desk) with id, order and SLA times (start_time: ' +
    'attendance, end_time: solution). priority_name keeps those named like it, best first. The ids are ' +
    'create_ticket\'s priority_id.',
  input: () => ({
    desk_id: idParam('Desk id, or give desk_name; the id wins.').optional(),
    desk_name: nameParam('Desk name or display name.').optional(),
    priority_name: nameParam('Only priorities named like this.').optional(),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({
    desk_id: z.number().int(),
    priorities: z.array(z.object({
      id: z.number().int(),
      name: z.string(),
      order: z.number().nullable(),
      start_time: z.string().nullable(),
      end_time: z.string().nullable(),
    })),
    ...pageInfoOutput(),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const desk = await deskFromArguments(tiflux, 'list_desk_priorities', args);
    const all = await collectAllPages((page) => tiflux.use(createDeskSettingsApi).priorities(desk.id, page));
    const rows = all.map((priority) => ({
      id: priority.id,
      name: priority.name,
      order: priority.order ?? null,
      start_time: priority.start_time == null ? null : String(priority.start_time),
      end_time: priority.end_time == null ? null : String(priority.end_time),
    }));
    const kept = args.priority_name ? rankByName(args.priority_name, rows, (row) => [row.name]).map(({ item }) => item) : rows;
    const { items, info } = pageOfList(kept, args.offset, args.limit);
    const line = (row: (typeof rows)[number]) =>
      `- **${inline(row.name)}** (priority_id ${row.id})${row.order !== null ? ` · order ${row.order}` : ''}` +
      `${row.start_time ? ` · attend within ${row.start_time}` : ''}${row.end_time ? ` · solve within ${row.end_time}` : ''}`;
    let text: string;
    if (items.length) {
      text = renderList({ heading: `Priorities of ${deskLabel(desk)}`, rows: items.map(line), info, plural: 'priorities' }, verbosity);
    } else if (args.priority_name && rows.length) {
      const closest = closestByWords(args.priority_name, rows, (row) => [row.name]);
      text =
        `No priority of ${deskLabel(desk)} is named like "${args.priority_name}". ` +
        `Its priorities: ${(closest.length ? closest : rows).map((row) => `${row.name} (${row.id})`).join(', ')}.`;
    } else {
      text = rows.length ? `No priorities on page ${info.offset}.` : `${deskLabel(desk)} has no priorities.`;
    }
    return { text, structured: { desk_id: desk.id, priorities: items, ...info } };
  },
});
