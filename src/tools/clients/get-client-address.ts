import { createClientAddressesApi } from '../../tiflux/resources/client-addresses.js';
import { defineTool } from '../define-tool.js';
import { idParam } from '../shared/params.js';
import { clientArgs, clientFromArguments, clientLabel } from '../names/client-argument.js';
import { addressLine, addressOut, addressOutput } from './format.js';
import { withPermission } from './permissions.js';

export const getClientAddress = defineTool({
  toolset: 'clients',
  name: 'get_client_address',
  title: 'Get a client address',
  description:
    'Reads one address of a TiFlux client: street, number, complement, neighbourhood, city, state and CEP.',
  input: () => ({ ...clientArgs(), id: idParam('Address id (list_client_addresses).') }),
  output: () => addressOutput().shape,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const client = await clientFromArguments(tiflux, 'get_client_address', args);
    const address = addressOut(await withPermission(`read address ${args.id} of client ${client.id}`, 'view clients', () =>
        tiflux.use(createClientAddressesApi).get(client.id, args.id),
      ));
    return { text: `Address **${address.id}** of ${clientLabel(client)}: ${addressLine(address)}`, structured: address };
  },
});
