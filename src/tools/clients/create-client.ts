import { createClientRecordsApi } from '../../tiflux/resources/client-records.js';
import { defineTool } from '../define-tool.js';
import { inline } from '../format/text.js';
import { clientBody, clientFieldArgs, nameArg } from './client-fields.js';
import { clientDetailOut } from './format.js';
import { withPermission } from './permissions.js';

export const createClient = defineTool({
  toolset: 'clients',
  name: 'create_client',
  title: 'Create a client',
  description:
    'Creates a TiFlux client (customer company). Required: name (trade name) and social (company name / razão ' +
    'social); the rest is optional and sent only when given: CPF/CNPJ, desks it may open tickets on (desk_ids or ' +
    'add_all_desks), technical groups, status, financial e-mail/SMS, registrations, notes, portal settings, billing ' +
    'report type. Answers with the new id. Then: create_client_address, create_client_contact, create_client_user ' +
    '(portal login). Needs the client-management permission.',
  input: () => ({
    name: nameArg('Trade name (nome fantasia), e.g. "Padaria Pão Quente".'),
    social: nameArg('Company name (razão social), e.g. "Padaria Pão Quente Ltda".'),
    ...clientFieldArgs(),
  }),
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  async run(args, { tiflux }) {
    const created = await withPermission('create a client', 'manage clients', () =>
      tiflux.use(createClientRecordsApi).create(clientBody(args)),
    );
    // A name lookup made before the create (and cached) must not hide the new client.
    tiflux.lookups.forgetClients();
    const client = clientDetailOut(created, false);
    const desks = client.desks.map((desk) => inline(desk.display_name ?? desk.name));
    const lines = [
      `Created client **${inline(client.name)}** (id ${client.id}).`,
      `- Company name: ${inline(client.social)}`,
      ...(client.social_revenue ? [`- CPF/CNPJ: ${client.social_revenue}`] : []),
      `- Status: ${client.active === false ? 'inactive' : 'active'}`,
      `- Desks: ${desks.join(', ') || 'none (pass desk_ids to update_client so it can open tickets)'}`,
    ];
    return { text: lines.join('\n') };
  },
});
