import { defineTool } from '../define-tool.js';
import { inline } from '../format/text.js';
import { ToolError } from '../tool-error.js';
import { itemOutput, itemRow } from './format.js';
import { areaFromArguments, itemKind, refLabel, refuseDuplicate } from './names.js';
import { minutesOf } from '../shared/period.js';
import { areaContext, recordName, slaTime, WRITE_ANNOTATIONS } from './params.js';
import { allItems, catalogsApi } from './tree.js';

export const createServicesCatalogItem = defineTool({
  toolset: 'service_catalogs',
  name: 'create_services_catalog_item',
  title: 'Create a catalogue item',
  description:
    'Creates an item in a catalogue area (bottom of catalogue → area → item): what a ticket can be classified as, ' +
    'with its SLAs: start_time (attendance) and end_time (solution), HH:MM with hours 0–999, end_time not before ' +
    'start_time. A name a sibling item has (accents, case and spacing aside) is refused before anything is written. ' +
    'Needs the service-catalogue management role.',
  input: () => ({
    ...areaContext(),
    name: recordName('Name of the new item, e.g. "Troca de toner".'),
    start_time: slaTime('Attendance SLA, HH:MM (hours 0–999).'),
    end_time: slaTime('Solution SLA, HH:MM (hours 0–999); not before start_time.'),
  }),
  output: () => ({ item: itemOutput() }),
  annotations: WRITE_ANNOTATIONS,
  async run(args, { tiflux }) {
    if (minutesOf(args.end_time) < minutesOf(args.start_time)) {
      throw new ToolError(`end_time ${args.end_time} is before start_time ${args.start_time}: the solution SLA cannot be shorter than the attendance SLA. Nothing was created.`);
    }
    const area = await areaFromArguments(tiflux, 'create_services_catalog_item', args);
    const label = refLabel('area', area);
    refuseDuplicate(await allItems(tiflux, area.id), args.name, undefined, `The ${label}`, itemKind(area));
    const item = itemRow(
      await catalogsApi(tiflux).createItem(area.id, { name: args.name, start_time: args.start_time, end_time: args.end_time }),
      area.name,
    );
    return {
      text: `Created item **${inline(item.name)}** (id ${item.id}) in ${label}, SLA attendance ${item.start_time} / solution ${item.end_time}.`,
      structured: { item },
    };
  },
});
