import * as z from 'zod';
import { createClientAddressesApi } from '../../tiflux/resources/client-addresses.js';
import { defineTool } from '../define-tool.js';
import { renderList } from '../format/list.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { limitParam, offsetParam } from '../shared/params.js';
import { clientArgs, clientFromArguments, clientLabel } from '../names/client-argument.js';
import { addressLine, addressOut, addressOutput } from './format.js';
import { withPermission } from './permissions.js';

export const listClientAddresses = defineTool({
  toolset: 'clients',
  name: 'list_client_addresses',
  title: 'List a client\'s addresses',
  description:
    'Lists a TiFlux client\'s addresses: id, street, number, complement, neighbourhood, city, state, CEP. The ids are ' +
    'what get_client_address, update_client_address and delete_client_address take.',
  input: () => ({ ...clientArgs(), offset: offsetParam(), limit: limitParam() }),
  output: () => ({ client_id: z.number().int(), addresses: z.array(addressOutput()), ...pageInfoOutput() }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const client = await clientFromArguments(tiflux, 'list_client_addresses', args);
    const page = await withPermission(`list the addresses of client ${client.id}`, 'view clients', () =>
      tiflux.use(createClientAddressesApi).list(client.id, args),
    );
    const addresses = page.items.map(addressOut);
    const info = pageInfoOf(page);
    const text = addresses.length
      ? renderList(
          {
            heading: `Addresses of ${clientLabel(client)}`,
            rows: addresses.map((address) => `- **${address.id}** · ${addressLine(address)}`),
            info,
            plural: 'addresses',
          },
          verbosity,
        )
      : info.offset > 1
        ? `No addresses on page ${info.offset} for ${clientLabel(client)}: the list ends before it.`
        : `${clientLabel(client)} has no addresses. Add one with create_client_address.`;
    return { text, structured: { client_id: client.id, addresses, ...info } };
  },
});
