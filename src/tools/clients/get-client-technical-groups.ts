import * as z from 'zod';
import { renderList } from '../format/list.js';
import { createClientRecordsApi } from '../../tiflux/resources/client-records.js';
import { defineTool } from '../define-tool.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { inline } from '../format/text.js';
import { limitParam, offsetParam } from '../shared/params.js';
import { clientArgs, clientFromArguments, clientLabel } from '../names/client-argument.js';
import { withPermission } from './permissions.js';

export const getClientTechnicalGroups = defineTool({
  toolset: 'clients',
  name: 'get_client_technical_groups',
  title: 'Technical groups serving a client',
  description:
    'Lists the technical groups (attendant teams) linked to a TiFlux client: id, name, description, whether active. ' +
    'To change them: update_client with technical_group_ids (replaces the list).',
  input: () => ({ ...clientArgs(), offset: offsetParam(), limit: limitParam() }),
  output: () => ({
    client_id: z.number().int(),
    technical_groups: z.array(
      z.object({ id: z.number().int(), name: z.string().nullable(), description: z.string().nullable(), active: z.boolean().nullable() }),
    ),
    ...pageInfoOutput(),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const client = await clientFromArguments(tiflux, 'get_client_technical_groups', args);
    const page = await withPermission(`list the technical groups of client ${client.id}`, 'view clients', () =>
      tiflux.use(createClientRecordsApi).technicalGroups(client.id, args),
    );
    const groups = page.items.map((group) => ({
      id: group.id,
      name: group.name ?? null,
      description: group.description ?? null,
      active: group.active ?? null,
    }));
    const info = pageInfoOf(page);
    const line = (group: (typeof groups)[number]) =>
      `- **${inline(group.name)}** (id ${group.id})${group.description ? ` · ${inline(group.description)}` : ''}` +
      `${group.active === false ? ' · inactive' : ''}`;
    const text = groups.length
      ? renderList({ heading: `Technical groups of ${clientLabel(client)}`, rows: groups.map(line), info, plural: 'groups' }, verbosity)
      : info.offset > 1
        ? `No technical groups on page ${info.offset} for ${clientLabel(client)}: the list ends before it.`
        : `${clientLabel(client)} has no technical groups. Link some with update_client (technical_group_ids).`;
    return { text, structured: { client_id: client.id, technical_groups: groups, ...info } };
  },
});
