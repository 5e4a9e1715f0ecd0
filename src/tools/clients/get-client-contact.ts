import { createClientContactsApi } from '../../tiflux/resources/client-contacts.js';
import { defineTool } from '../define-tool.js';
import { idParam } from '../shared/params.js';
import { clientArgs, clientFromArguments, clientLabel } from '../names/client-argument.js';
import { contactLine, contactOut, contactOutput } from './format.js';
import { withPermission } from './permissions.js';

export const getClientContact = defineTool({
  toolset: 'clients',
  name: 'get_client_contact',
  title: 'Get a client contact',
  description:
    'Reads one contact of a TiFlux client: owner, use, telephone, e-mail and country.',
  input: () => ({ ...clientArgs(), id: idParam('Contact id (list_client_contacts).') }),
  output: () => contactOutput().shape,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const client = await clientFromArguments(tiflux, 'get_client_contact', args);
    const contact = contactOut(await withPermission(`read contact ${args.id} of client ${client.id}`, 'view clients', () =>
        tiflux.use(createClientContactsApi).get(client.id, args.id),
      ));
    return { text: `Contact **${contact.id}** of ${clientLabel(client)}: ${contactLine(contact)}`, structured: contact };
  },
});
