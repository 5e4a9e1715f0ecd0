import { createClientContactsApi } from '../../tiflux/resources/client-contacts.js';
import { defineTool } from '../define-tool.js';
import { idParam } from '../shared/params.js';
import { clientArgs, clientFromArguments, clientLabel } from '../names/client-argument.js';
import { deleteOnce } from './delete-once.js';
import { contactLine, contactOut } from './format.js';

export const deleteClientContact = defineTool({
  toolset: 'clients',
  name: 'delete_client_contact',
  title: 'Delete a client contact',
  description:
    'Permanently deletes one contact of a TiFlux client; cannot be undone (re-create it with create_client_contact). ' +
    'The answer shows what was deleted; one already gone is reported and nothing changes. Needs the client-management ' +
    'permission.',
  input: () => ({ ...clientArgs(), id: idParam('Contact id to delete (list_client_contacts).') }),
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const client = await clientFromArguments(tiflux, 'delete_client_contact', args);
    const api = tiflux.use(createClientContactsApi);
    const outcome = await deleteOnce(
      tiflux,
      client.id,
      `delete contact ${args.id} of client ${client.id}`,
      () => api.get(client.id, args.id),
      () => api.delete(client.id, args.id),
    );
    if ('gone' in outcome) {
      return { text: `Contact ${args.id} of ${clientLabel(client)} is already gone: nothing was deleted.` };
    }
    return { text: `Deleted contact **${args.id}** of ${clientLabel(client)}: ${contactLine(contactOut(outcome.deleted))}` };
  },
});
