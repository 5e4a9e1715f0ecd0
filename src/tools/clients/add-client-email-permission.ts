import * as z from 'zod';
import { createClientRecordsApi } from '../../tiflux/resources/client-records.js';
import { defineTool } from '../define-tool.js';
import { clientArgs, clientFromArguments, clientLabel } from '../names/client-argument.js';
import { withPermission } from './permissions.js';

const ADDRESS = /^(@[^\s@,;]+\.[^\s@,;]+|[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+)$/;

export const addClientEmailPermission = defineTool({
  toolset: 'clients',
  name: 'add_client_email_permission',
  title: 'Allow a domain or address to open tickets by e-mail',
  description:
    'Lets e-mails from a domain ("@empresa.com.br": anyone there) or one address ("compras@empresa.com.br") open ' +
    'tickets for a TiFlux client by writing to the helpdesk mailbox. TiFlux refuses one the client already has. Needs ' +
    'the client-management permission.',
  input: () => ({
    ...clientArgs(),
    address: z
      .string()
      .trim()
      .toLowerCase()
      .max(254)
      .regex(ADDRESS, { error: 'must be a domain starting with @ (e.g. "@empresa.com.br") or one e-mail address' })
      .describe('A domain starting with @, or a full e-mail address.'),
  }),
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  async run(args, { tiflux }) {
    const client = await clientFromArguments(tiflux, 'add_client_email_permission', args);
    await withPermission(`add an e-mail permission to client ${client.id}`, 'manage clients', () =>
      tiflux.use(createClientRecordsApi).addEmailPermission(client.id, args.address),
    );
    const who = args.address.startsWith('@') ? `anyone writing from ${args.address}` : `${args.address}`;
    return { text: `E-mails from ${who} may now open tickets for ${clientLabel(client)}.` };
  },
});
