import { createClientAddressesApi } from '../../tiflux/resources/client-addresses.js';
import { defineTool } from '../define-tool.js';
import { addressBody, addressFieldArgs } from './address-args.js';
import { clientArgs, clientFromArguments, clientLabel } from '../names/client-argument.js';
import { addressLine, addressOut } from './format.js';
import { withPermission } from './permissions.js';

export const createClientAddress = defineTool({
  toolset: 'clients',
  name: 'create_client_address',
  title: 'Add an address to a client',
  description:
    'Adds an address to a TiFlux client. Required: cep, city, neighborhood, number (an integer), state (2-letter UF) ' +
    'and street; complement is optional. Answers with the new address id. Needs the client-management permission.',
  input: () => ({ ...clientArgs(), ...addressFieldArgs() }),
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  async run(args, { tiflux }) {
    const client = await clientFromArguments(tiflux, 'create_client_address', args);
    const created = await withPermission(`add an address to client ${client.id}`, 'manage clients', () =>
      tiflux.use(createClientAddressesApi).create(client.id, addressBody(args)),
    );
    const address = addressOut(created);
    return { text: `Added address **${address.id}** to ${clientLabel(client)}: ${addressLine(address)}` };
  },
});
