import { createClientAddressesApi } from '../../tiflux/resources/client-addresses.js';
import { defineTool } from '../define-tool.js';
import { idParam } from '../shared/params.js';
import { ADDRESS_FIELD_NAMES, addressBody, addressFieldArgs } from './address-args.js';
import { changeLines, requireSomeField } from './changes.js';
import { clientArgs, clientFromArguments, clientLabel } from '../names/client-argument.js';
import { addressLine, addressOut } from './format.js';
import { withPermission } from './permissions.js';

function optionalFields() {
  const fields = addressFieldArgs();
  return {
    cep: fields.cep.optional(),
    city: fields.city.optional(),
    neighborhood: fields.neighborhood.optional(),
    number: fields.number.optional(),
    state: fields.state.optional(),
    street: fields.street.optional(),
    complement: fields.complement,
  };
}

export const updateClientAddress = defineTool({
  toolset: 'clients',
  name: 'update_client_address',
  title: 'Update a client address',
  description:
    'Changes fields of one address of a TiFlux client. Only the fields you pass are sent (at least one); the answer ' +
    'shows each before → after. Needs the client-management permission.',
  input: () => ({ ...clientArgs(), id: idParam('Address id (list_client_addresses).'), ...optionalFields() }),
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    requireSomeField('update_client_address', args, ADDRESS_FIELD_NAMES);
    const client = await clientFromArguments(tiflux, 'update_client_address', args);
    const api = tiflux.use(createClientAddressesApi);
    const before = addressOut(await api.get(client.id, args.id));
    const after = addressOut(
      await withPermission(`update address ${args.id} of client ${client.id}`, 'manage clients', () =>
        api.update(client.id, args.id, addressBody(args)),
      ),
    );
    const changes = ADDRESS_FIELD_NAMES.filter((field) => args[field] !== undefined).map((field) => ({
      field,
      before: before[field],
      after: after[field],
    }));
    return {
      text: [`Updated address **${after.id}** of ${clientLabel(client)}:`, ...changeLines(changes), `Now: ${addressLine(after)}`].join('\n'),
    };
  },
});
