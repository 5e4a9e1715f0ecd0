import { defineTool } from '../define-tool.js';
import { inline } from '../format/text.js';
import { given } from '../../tiflux/endpoint.js';
import { idParam, nameParam } from '../shared/params.js';
import { ToolError } from '../tool-error.js';
import { itemOutput, itemRow } from './format.js';
import { areaFromArguments, itemKind, refLabel, refuseDuplicate, targetOf } from './names.js';
import { minutesOf } from '../shared/period.js';
import { areaContext, recordName, RENAME_ANNOTATIONS, slaTime } from './params.js';
import { allItems, catalogsApi } from './tree.js';

export const updateServicesCatalogItem = defineTool({
  toolset: 'service_catalogs',
  name: 'update_services_catalog_item',
  title: 'Update a catalogue item',
  description:
    'Changes a catalogue item\'s name or SLA times; only the fields given change. start_time (attendance) and ' +
    'end_time (solution) are HH:MM, hours 0–999; end_time may not end up before start_time (a stored value counts). ' +
    'Give the item by id or full item_name. A name another item of the area has is refused.',
  input: () => ({
    ...areaContext(),
    id: idParam('Id of the item.').optional(),
    item_name: nameParam('Full current name of the item, if no id.').optional(),
    name: recordName('The new name.').optional(),
    start_time: slaTime('New attendance SLA, HH:MM (hours 0–999).').optional(),
    end_time: slaTime('New solution SLA, HH:MM (hours 0–999).').optional(),
  }),
  output: () => ({ item: itemOutput(), previous: itemOutput() }),
  annotations: RENAME_ANNOTATIONS,
  async run(args, { tiflux }) {
    const changes = given({ name: args.name, start_time: args.start_time, end_time: args.end_time });
    if (!Object.keys(changes).length) {
      throw new ToolError('update_services_catalog_item needs something to change: name, start_time or end_time. Nothing was sent.');
    }
    const area = await areaFromArguments(tiflux, 'update_services_catalog_item', args);
    const label = refLabel('area', area);
    const items = await allItems(tiflux, area.id);
    const kind = itemKind(area);
    const target = targetOf(items, args.id, args.item_name, kind, 'update_services_catalog_item');
    if (!target) {
      throw new ToolError(`The ${label} has no active item ${args.id !== undefined ? `with id ${args.id}` : `named "${args.item_name}"`}; nothing was changed. list_services_catalog_items shows them.`);
    }
    const previous = itemRow(target, area.name);
    const start = args.start_time ?? previous.start_time;
    const end = args.end_time ?? previous.end_time;
    if (start && end && /^\d+:\d\d$/.test(start) && /^\d+:\d\d$/.test(end) && minutesOf(end) < minutesOf(start)) {
      throw new ToolError(`The solution SLA (end_time ${end}) would end up before the attendance SLA (start_time ${start}); nothing was changed.`);
    }
    if (args.name !== undefined) refuseDuplicate(items, args.name, target.id, `The ${label}`, kind);
    const item = itemRow(await catalogsApi(tiflux).updateItem(area.id, target.id, changes), area.name);
    const diff = (['name', 'start_time', 'end_time'] as const)
      .filter((field) => changes[field] !== undefined)
      .map((field) => `${field} "${inline(previous[field])}" → "${inline(item[field])}"`);
    return {
      text: `Updated item ${target.id} of ${label}: ${diff.join(', ')}.`,
      structured: { item, previous },
    };
  },
});
