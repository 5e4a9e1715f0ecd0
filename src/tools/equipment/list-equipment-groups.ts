import * as z from 'zod';
import { renderList } from '../format/list.js';
import { defineTool } from '../define-tool.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { inline } from '../format/text.js';
import { limitParam, offsetParam } from '../shared/params.js';
import { clientFromArguments, equipmentsApi } from './names.js';
import { clientArgs, READ_ANNOTATIONS } from './params.js';

export const listEquipmentGroups = defineTool({
  toolset: 'equipment',
  name: 'list_equipment_groups',
  title: 'List equipment groups',
  description:
    'Lists equipment groups (each of one client, e.g. a branch or department) with the ids create_equipment and ' +
    'update_equipment take as equipment_group_id.',
  input: () => ({ ...clientArgs('Only groups of this client'), offset: offsetParam(), limit: limitParam() }),
  output: () => ({
    equipment_groups: z.array(z.object({ id: z.number().int(), name: z.string(), client: z.string().nullable() })),
    ...pageInfoOutput(),
  }),
  annotations: READ_ANNOTATIONS,
  async run(args, { tiflux, verbosity }) {
    const client = await clientFromArguments(tiflux, args);
    const page = await equipmentsApi(tiflux).groups({ client_id: client?.id, offset: args.offset, limit: args.limit });
    const rows = page.items.map((group) => ({ id: group.id, name: group.name, client: group.client?.name ?? null }));
    const info = pageInfoOf(page);
    const scope = client ? ` of client ${client.name ?? client.id}` : '';
    const text = rows.length
      ? renderList({ heading: `Equipment groups${scope}`, rows: rows.map((g) => `- **${inline(g.name)}** (id ${g.id}) · ${inline(g.client)}`), info, plural: 'groups' }, verbosity)
      : `No equipment groups${scope}${info.offset > 1 ? ` on page ${info.offset}` : ''}.`;
    return { text, structured: { equipment_groups: rows, ...info } };
  },
});
