import { createRequestorsApi, type RequestorFields } from '../../tiflux/resources/requestors.js';
import { defineTool } from '../define-tool.js';
import { changeLines, changesOf } from '../format/changes.js';
import { inline } from '../format/text.js';
import { idParam } from '../shared/params.js';
import { ToolError } from '../tool-error.js';
import { clientArgs, clientFromArguments, clientLabel } from '../names/client-argument.js';
import { requestorFieldArguments } from './requestor-params.js';

const FIELDS = ['name', 'email', 'telephone', 'extension', 'can_open_ticket'] as const;

export const updateRequestor = defineTool({
  toolset: 'requestors',
  name: 'update_requestor',
  title: 'Update a requestor',
  description:
    'Changes a requestor of a TiFlux client: name, email, telephone, extension, can_open_ticket. Only the fields you ' +
    'pass are sent (at least one); the answer shows each before → after. Custom fields: update_requestor_entities.',
  input: () => {
    const fields = requestorFieldArguments();
    return {
      ...clientArgs(),
      requestor_id: idParam('Requestor id (list_requestors, search_requestor).'),
      name: fields.name.optional(),
      email: fields.email.optional(),
      telephone: fields.telephone.optional(),
      extension: fields.extension.optional(),
      can_open_ticket: fields.can_open_ticket.optional(),
    };
  },
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const given: RequestorFields = {};
    for (const field of FIELDS) if (args[field] !== undefined) (given as Record<string, unknown>)[field] = args[field];
    if (Object.keys(given).length === 0) {
      throw new ToolError(`Nothing to update: pass at least one of ${FIELDS.join(', ')}. Nothing was changed.`);
    }
    const client = await clientFromArguments(tiflux, 'update_requestor', args, 'requestors belong to a client');
    const api = tiflux.use(createRequestorsApi);
    const before = await api.get(client.id, args.requestor_id);
    const after = await api.update(client.id, args.requestor_id, given);
    return {
      text: [
        `Updated requestor **${inline(after.name ?? before.name)}** (requestor_id ${args.requestor_id}) of ${clientLabel(client)}:`,
        ...changeLines(changesOf(given, before, after)),
      ].join('\n'),
    };
  },
});
