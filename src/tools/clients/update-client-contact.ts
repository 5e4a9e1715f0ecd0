import { createClientContactsApi } from '../../tiflux/resources/client-contacts.js';
import { defineTool } from '../define-tool.js';
import { idParam } from '../shared/params.js';
import { CONTACT_FIELD_NAMES, contactBody, contactFieldArgs } from './contact-args.js';
import { changeLines, requireSomeField } from './changes.js';
import { clientArgs, clientFromArguments, clientLabel } from '../names/client-argument.js';
import { contactLine, contactOut } from './format.js';
import { withPermission } from './permissions.js';

function optionalFields() {
  const fields = contactFieldArgs();
  return {
    use: fields.use.optional(),
    number: fields.number.optional(),
    owner: fields.owner.optional(),
    email: fields.email.optional(),
    country: fields.country,
  };
}

export const updateClientContact = defineTool({
  toolset: 'clients',
  name: 'update_client_contact',
  title: 'Update a client contact',
  description:
    'Changes fields of one contact of a TiFlux client. Only the fields you pass are sent (at least one); the answer ' +
    'shows each before → after. Needs the client-management permission.',
  input: () => ({ ...clientArgs(), id: idParam('Contact id (list_client_contacts).'), ...optionalFields() }),
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    requireSomeField('update_client_contact', args, CONTACT_FIELD_NAMES);
    const client = await clientFromArguments(tiflux, 'update_client_contact', args);
    const api = tiflux.use(createClientContactsApi);
    const before = contactOut(await api.get(client.id, args.id));
    const after = contactOut(
      await withPermission(`update contact ${args.id} of client ${client.id}`, 'manage clients', () =>
        api.update(client.id, args.id, contactBody(args)),
      ),
    );
    const changes = CONTACT_FIELD_NAMES.filter((field) => args[field] !== undefined).map((field) => ({
      // The phone is sent as `number` and read back as `telephone`.
      field,
      before: before[field === 'number' ? 'telephone' : field],
      after: after[field === 'number' ? 'telephone' : field],
    }));
    return {
      text: [`Updated contact **${after.id}** of ${clientLabel(client)}:`, ...changeLines(changes), `Now: ${contactLine(after)}`].join('\n'),
    };
  },
});
