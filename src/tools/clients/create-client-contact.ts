import { createClientContactsApi } from '../../tiflux/resources/client-contacts.js';
import { defineTool } from '../define-tool.js';
import { contactBody, contactFieldArgs } from './contact-args.js';
import { clientArgs, clientFromArguments, clientLabel } from '../names/client-argument.js';
import { contactLine, contactOut } from './format.js';
import { withPermission } from './permissions.js';

export const createClientContact = defineTool({
  toolset: 'clients',
  name: 'create_client_contact',
  title: 'Add a contact to a client',
  description:
    'Adds a contact (someone\'s phone and e-mail) to a TiFlux client. Required: use, number (the phone), owner and ' +
    'email; country is optional. Answers with the new contact id. Needs the client-management permission.',
  input: () => ({ ...clientArgs(), ...contactFieldArgs() }),
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  async run(args, { tiflux }) {
    const client = await clientFromArguments(tiflux, 'create_client_contact', args);
    const created = await withPermission(`add a contact to client ${client.id}`, 'manage clients', () =>
      tiflux.use(createClientContactsApi).create(client.id, contactBody(args)),
    );
    const contact = contactOut(created);
    return { text: `Added contact **${contact.id}** to ${clientLabel(client)}: ${contactLine(contact)}` };
  },
});
