import { createClientAddressesApi } from '../../tiflux/resources/client-addresses.js';
import { defineTool } from '../define-tool.js';
import { idParam } from '../shared/params.js';
import { clientArgs, clientFromArguments, clientLabel } from '../names/client-argument.js';
import { deleteOnce } from './delete-once.js';
import { addressLine, addressOut } from './format.js';

export const deleteClientAddress = defineTool({
  toolset: 'clients',
  name: 'delete_client_address',
  title: 'Delete a client address',
  description:
    'Permanently deletes one address of a TiFlux client; cannot be undone (re-create it with create_client_address). ' +
    'The answer shows what was deleted; one already gone is reported and nothing changes. Needs the client-management ' +
    'permission.',
  input: () => ({ ...clientArgs(), id: idParam('Address id to delete (list_client_addresses).') }),
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const client = await clientFromArguments(tiflux, 'delete_client_address', args);
    const api = tiflux.use(createClientAddressesApi);
    const outcome = await deleteOnce(
      tiflux,
      client.id,
      `delete address ${args.id} of client ${client.id}`,
      () => api.get(client.id, args.id),
      () => api.delete(client.id, args.id),
    );
    if ('gone' in outcome) {
      return { text: `Address ${args.id} of ${clientLabel(client)} is already gone: nothing was deleted.` };
    }
    return { text: `Deleted address **${args.id}** of ${clientLabel(client)}: ${addressLine(addressOut(outcome.deleted))}` };
  },
});
