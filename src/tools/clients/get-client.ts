import * as z from 'zod';
import { createClientRecordsApi } from '../../tiflux/resources/client-records.js';
import { defineTool } from '../define-tool.js';
import { clientArgs, clientFromArguments } from '../names/client-argument.js';
import { clientDetailOut, clientDetailOutput, clientMarkdown } from './format.js';
import { withPermission } from './permissions.js';

export const getClient = defineTool({
  toolset: 'clients',
  name: 'get_client',
  title: 'Get a client',
  description:
    'Reads one TiFlux client (customer company): trade and company name, CPF/CNPJ, status, financial contacts, ' +
    'registrations, notes, the desks it may open tickets on, its technical groups. show_entities adds its custom ' +
    'fields (with the entity_field_id update_client_entities takes). Addresses, contacts: list_client_addresses, ' +
    'list_client_contacts.',
  input: () => ({
    ...clientArgs(),
    show_entities: z.boolean().optional().describe('Also return its custom fields (entities) and values.'),
  }),
  output: clientDetailOutput,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const ref = await clientFromArguments(tiflux, 'get_client', args);
    const record = await withPermission(`read client ${ref.id}`, 'view clients', () =>
      tiflux.use(createClientRecordsApi).get(ref.id, { show_entities: args.show_entities }),
    );
    const client = clientDetailOut(record, args.show_entities === true);
    return { text: clientMarkdown(client), structured: client };
  },
});
