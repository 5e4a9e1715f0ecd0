import * as z from 'zod';
import { createRequestorsApi } from '../../tiflux/resources/requestors.js';
import { defineTool } from '../define-tool.js';
import { formatDateTime, inline } from '../format/text.js';
import { idParam } from '../shared/params.js';
import { clientArgs, clientFromArguments } from '../names/client-argument.js';
import { fieldOutput, requestorLine, requestorOutput, requestorRow, shownFields } from './format.js';

export const getRequestor = defineTool({
  toolset: 'requestors',
  name: 'get_requestor',
  title: 'Get a requestor',
  description:
    'Reads one requestor of a TiFlux client: name, e-mail, telephone, extension, whether they may open tickets, ' +
    'created and changed times; show_entities adds custom fields (with entity_field_id for ' +
    'update_requestor_entities).',
  input: () => ({
    ...clientArgs(),
    requestor_id: idParam('Requestor id (list_requestors, search_requestor).'),
    show_entities: z.boolean().default(false).describe('Include custom fields.'),
  }),
  output: () => ({
    requestor: requestorOutput().extend({ created_at: z.string().nullable(), updated_at: z.string().nullable() }),
    entities: z.array(z.object({ id: z.number().int().nullable(), name: z.string(), entity_fields: z.array(fieldOutput()) })),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const client = await clientFromArguments(tiflux, 'get_requestor', args, 'requestors belong to a client');
    const requestor = await tiflux
      .use(createRequestorsApi)
      .get(client.id, args.requestor_id, { include_entity_fields: args.show_entities });
    const row = { ...requestorRow(requestor, client), created_at: requestor.created_at ?? null, updated_at: requestor.updated_at ?? null };
    const entities = args.show_entities
      ? (requestor.entities ?? []).map((entity) => ({
          id: entity.id ?? null,
          name: entity.name ?? '?',
          entity_fields: shownFields(entity.entity_fields as Record<string, unknown>[] | null | undefined),
        }))
      : [];
    const lines = [
      `# Requestor ${inline(row.name)}`,
      requestorLine(row),
      `- Created ${formatDateTime(row.created_at)} · updated ${formatDateTime(row.updated_at)}`,
      ...entities.flatMap((entity) => [
        '',
        `## ${inline(entity.name)}`,
        ...entity.entity_fields.map((field) => `- ${inline(field.name)} (entity_field_id ${field.entity_field_id ?? '?'}): ${inline(field.value)}`),
      ]),
    ];
    if (args.show_entities && entities.length === 0) lines.push('', 'No custom fields apply to requestors.');
    return { text: lines.join('\n'), structured: { requestor: row, entities } };
  },
});
