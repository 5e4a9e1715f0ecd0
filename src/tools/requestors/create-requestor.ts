import * as z from 'zod';
import { createRequestorsApi } from '../../tiflux/resources/requestors.js';
import { defineTool } from '../define-tool.js';
import { clientArgs, clientFromArguments, clientLabel } from '../names/client-argument.js';
import { requestorLine, requestorRow } from './format.js';
import { requestorFieldArguments } from './requestor-params.js';

export const createRequestor = defineTool({
  toolset: 'requestors',
  name: 'create_requestor',
  title: 'Create a requestor',
  description:
    'Adds a requestor (a person who opens tickets) to a TiFlux client. Required: name, email; telephone, extension, ' +
    'can_open_ticket and country are sent only when given. The same person in two clients is two requestors. Returns ' +
    'requestor_id, which create_ticket and update_ticket accept. Not idempotent: TiFlux refuses a second requestor ' +
    'with the same e-mail in the client. Which requestor fields a ticket needs is set per desk (get_desk: ' +
    'required_fields).',
  input: () => {
    const fields = requestorFieldArguments();
    return {
      ...clientArgs(),
      name: fields.name,
      email: fields.email,
      telephone: fields.telephone.optional(),
      extension: fields.extension.optional(),
      can_open_ticket: fields.can_open_ticket.optional(),
      country: z.string().trim().regex(/^[A-Za-z]{2}$/, { error: 'must be a 2-letter country code, e.g. "BR"' }).optional()
        .describe('Telephone country, 2 letters, e.g. "BR".'),
    };
  },
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  async run(args, { tiflux }) {
    const client = await clientFromArguments(tiflux, 'create_requestor', args, 'requestors belong to a client');
    const created = await tiflux.use(createRequestorsApi).create(client.id, {
      name: args.name,
      email: args.email,
      telephone: args.telephone,
      extension: args.extension,
      can_open_ticket: args.can_open_ticket,
      country: args.country?.toUpperCase(),
    });
    return {
      text: [`Created a requestor in ${clientLabel(client)}:`, requestorLine(requestorRow(created, client))].join('\n'),
    };
  },
});
