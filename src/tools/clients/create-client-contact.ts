import { createClientContactsApi } from '../../tiflux/resources/client-contacts.js';
import { defineTool } from '../define-tool.js';
import { contactBody, contactFieldArgs } from './contact-args.js';
import { clientArgs, clientFromArguments, clientLabel } from './client-argument.js';
import { contactLine, contactOut } from './format.js';
import { withPermission } from './permissions.js';

export const createClientContact = defineTool({
  toolset: 'clients',
  name: 'create_client_contact',
  title: 'Add a contact to a client',
  description:
    'Adds a contact (a phone and e-mail of someone at the client) to a TiFlux client (by client_id or ' +
    'client_name). Required: use (e.g. "Commercial", "Personal"), number (the phone), owner (whose contact it ' +
    'is) and email; country (2 letters, e.g. "BR") is optional. Answers with the new contact id. Needs TiFlux\'s client-management permission (admin keys have it).',
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
