import * as z from 'zod';
import { renderList } from '../format/list.js';
import { createClientRecordsApi } from '../../tiflux/resources/client-records.js';
import { defineTool } from '../define-tool.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { inline } from '../format/text.js';
import { limitParam, offsetParam } from '../shared/params.js';
import { clientArgs, clientFromArguments, clientLabel } from '../names/client-argument.js';
import { withPermission } from './permissions.js';

export const getClientDesks = defineTool({
  toolset: 'clients',
  name: 'get_client_desks',
  title: 'Desks a client may use',
  description:
    'Lists the desks a TiFlux client may open tickets on: id, name, display name, whether active. To change them: ' +
    'update_client with desk_ids (replaces the list).',
  input: () => ({ ...clientArgs(), offset: offsetParam(), limit: limitParam() }),
  output: () => ({
    client_id: z.number().int(),
    desks: z.array(
      z.object({ id: z.number().int(), name: z.string().nullable(), display_name: z.string().nullable(), active: z.boolean().nullable() }),
    ),
    ...pageInfoOutput(),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const client = await clientFromArguments(tiflux, 'get_client_desks', args);
    const page = await withPermission(`list the desks of client ${client.id}`, 'view clients', () =>
      tiflux.use(createClientRecordsApi).desks(client.id, args),
    );
    const desks = page.items.map((desk) => ({
      id: desk.id,
      name: desk.name ?? null,
      display_name: desk.display_name ?? null,
      active: desk.active ?? null,
    }));
    const info = pageInfoOf(page);
    const line = (desk: (typeof desks)[number]) =>
      `- **${inline(desk.display_name ?? desk.name)}** (id ${desk.id})` +
      `${desk.name && desk.display_name && desk.name !== desk.display_name ? ` · name ${desk.name}` : ''}` +
      `${desk.active === false ? ' · inactive' : ''}`;
    const text = desks.length
      ? renderList({ heading: `Desks of ${clientLabel(client)}`, rows: desks.map(line), info, plural: 'desks' }, verbosity)
      : info.offset > 1
        ? `No desks on page ${info.offset} for ${clientLabel(client)}: the list ends before it.`
        : `${clientLabel(client)} may not open tickets on any desk. Link desks with update_client (desk_ids).`;
    return { text, structured: { client_id: client.id, desks, ...info } };
  },
});
