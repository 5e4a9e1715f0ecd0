import * as z from 'zod';
import { createClientContactsApi } from '../../tiflux/resources/client-contacts.js';
import { defineTool } from '../define-tool.js';
import { renderList } from '../format/list.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { limitParam, offsetParam } from '../shared/params.js';
import { clientArgs, clientFromArguments, clientLabel } from '../names/client-argument.js';
import { contactLine, contactOut, contactOutput } from './format.js';
import { withPermission } from './permissions.js';

export const listClientContacts = defineTool({
  toolset: 'clients',
  name: 'list_client_contacts',
  title: 'List a client\'s contacts',
  description:
    'Lists a TiFlux client\'s contacts: id, owner, use (e.g. "Commercial"), telephone, e-mail, country. The ids are ' +
    'what get_client_contact, update_client_contact and delete_client_contact take.',
  input: () => ({ ...clientArgs(), offset: offsetParam(), limit: limitParam() }),
  output: () => ({ client_id: z.number().int(), contacts: z.array(contactOutput()), ...pageInfoOutput() }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const client = await clientFromArguments(tiflux, 'list_client_contacts', args);
    const page = await withPermission(`list the contacts of client ${client.id}`, 'view clients', () =>
      tiflux.use(createClientContactsApi).list(client.id, args),
    );
    const contacts = page.items.map(contactOut);
    const info = pageInfoOf(page);
    const text = contacts.length
      ? renderList(
          {
            heading: `Contacts of ${clientLabel(client)}`,
            rows: contacts.map((contact) => `- **${contact.id}** · ${contactLine(contact)}`),
            info,
            plural: 'contacts',
          },
          verbosity,
        )
      : info.offset > 1
        ? `No contacts on page ${info.offset} for ${clientLabel(client)}: the list ends before it.`
        : `${clientLabel(client)} has no contacts. Add one with create_client_contact.`;
    return { text, structured: { client_id: client.id, contacts, ...info } };
  },
});
