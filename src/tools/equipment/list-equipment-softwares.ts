import * as z from 'zod';
import { renderList } from '../format/list.js';
import { defineTool } from '../define-tool.js';
import { pageInfoOutput, pageOfList } from '../format/paging.js';
import { inline } from '../format/text.js';
import { compareNames, normaliseName } from '../names/normalise.js';
import { limitParam, nameParam, offsetParam } from '../shared/params.js';
import { equipmentFromArguments, equipmentsApi } from './names.js';
import { clientArgs, equipmentArgs, READ_ANNOTATIONS } from './params.js';

const softwareOutput = () => z.object({ name: z.string(), version: z.string().nullable(), vendor: z.string().nullable() });

export const listEquipmentSoftwares = defineTool({
  toolset: 'equipment',
  name: 'list_equipment_softwares',
  title: 'Software installed on equipment',
  description:
    'Lists the software the TiFlux agent found on one equipment: name, version, vendor, sorted by name. TiFlux ' +
    'sends the whole list (servers have hundreds, mostly updates), so this tool pages it and name filters it (e.g. ' +
    '"chrome", "KB50"). Empty without the agent. Needs TiFlux\'s "Visualizar recursos" permission and a Tickets ' +
    'licence.',
  input: () => ({
    ...equipmentArgs(),
    ...clientArgs('With equipment_name: only this client\'s equipment'),
    name: nameParam('Only software whose name or vendor has this.').optional(),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({ equipment_id: z.number().int(), softwares: z.array(softwareOutput()), ...pageInfoOutput() }),
  annotations: READ_ANNOTATIONS,
  async run(args, { tiflux, verbosity }) {
    const ref = await equipmentFromArguments(tiflux, 'list_equipment_softwares', args);
    const all = (await equipmentsApi(tiflux).softwares(ref.id)).map((software) => ({
      name: software.name,
      version: software.version === null || software.version === undefined ? null : String(software.version),
      vendor: software.vendor ?? null,
    }));
    const wanted = args.name === undefined ? undefined : normaliseName(args.name);
    const chosen = all
      .filter((software) => wanted === undefined || [software.name, software.vendor].some((text) => text && normaliseName(text).includes(wanted)))
      .sort((a, b) => compareNames(a.name, b.name));
    const { items, info } = pageOfList(chosen, args.offset, args.limit);
    const label = ref.name ? `${ref.name} (id ${ref.id})` : `equipment ${ref.id}`;
    const filter = args.name ? ` matching "${args.name}"` : '';
    const line = (software: (typeof items)[number]) =>
      `- ${inline(software.name)}${software.version ? ` ${inline(software.version)}` : ''}${software.vendor ? ` · ${inline(software.vendor)}` : ''}`;
    const text = items.length
      ? renderList({ heading: `Software on ${label}${filter}`, rows: items.map(line), info, plural: 'programs' }, verbosity)
      : chosen.length
        ? `No software on page ${info.offset}: the ${chosen.length} programs end before it.`
        : all.length
          ? `No software on ${label}${filter} (${all.length} programs in all).`
          : `No software reported for ${label}: the TiFlux agent has not sent an inventory from it.`;
    return { text, structured: { equipment_id: ref.id, softwares: items, ...info } };
  },
});
