import * as z from 'zod';
import { renderList } from '../format/list.js';
import { createRequestorsApi } from '../../tiflux/resources/requestors.js';
import { defineTool } from '../define-tool.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { inline } from '../format/text.js';
import { limitParam, nameParam, offsetParam } from '../shared/params.js';
import { clientArgs, clientFromArguments, clientLabel } from '../names/client-argument.js';
import { fieldOutput, requestorLine, requestorOutput, requestorRow, shownFields } from './format.js';

export const listRequestors = defineTool({
  toolset: 'requestors',
  name: 'list_requestors',
  title: 'List the requestors of a client',
  description:
    'Lists one TiFlux client\'s requestors (the people who open tickets) with requestor_id, e-mail, telephone and ' +
    'extension. Filters, applied by TiFlux: name, email, telephone (partial), extension, can_open_ticket. ' +
    'include_entity_fields adds custom fields. Across all clients: search_requestor.',
  input: () => ({
    ...clientArgs(),
    name: nameParam('Only names containing this.').optional(),
    email: nameParam('Only e-mails containing this.').optional(),
    telephone: nameParam('Only telephones containing these digits.').optional(),
    extension: nameParam('Only this extension.').optional(),
    can_open_ticket: z.boolean().optional().describe('true: only those who may open tickets; false: the others.'),
    include_entity_fields: z.boolean().default(false).describe('Add each requestor\'s custom fields.'),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({
    client_id: z.number().int(),
    requestors: z.array(requestorOutput().extend({ entity_fields: z.array(fieldOutput()).optional() })),
    ...pageInfoOutput(),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const client = await clientFromArguments(tiflux, 'list_requestors', args, 'requestors belong to a client');
    const page = await tiflux.use(createRequestorsApi).listForClient(client.id, {
      name: args.name,
      email: args.email,
      telephone: args.telephone,
      extension: args.extension,
      can_open_ticket: args.can_open_ticket,
      include_entity_fields: args.include_entity_fields,
      offset: args.offset,
      limit: args.limit,
    });
    const info = pageInfoOf(page);
    const requestors = page.items.map((requestor) => ({
      ...requestorRow(requestor, client),
      ...(args.include_entity_fields ? { entity_fields: shownFields(requestor.entity_fields) } : {}),
    }));
    const lines = requestors.flatMap((row) => [
      requestorLine(row),
      ...(row.entity_fields ?? []).filter((field) => field.value !== '(empty)').map((field) => `  - ${inline(field.name)}: ${inline(field.value)}`),
    ]);
    const text = requestors.length
      ? renderList({ heading: `Requestors of ${clientLabel(client)}`, rows: lines, info, plural: 'requestors' }, verbosity)
      : `No requestors of ${clientLabel(client)} on page ${info.offset}${args.name || args.email || args.telephone || args.extension || args.can_open_ticket !== undefined ? ' with these filters' : ''}. create_requestor adds one.`;
    return { text, structured: { client_id: client.id, requestors, ...info } };
  },
});
