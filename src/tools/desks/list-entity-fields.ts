import * as z from 'zod';
import { createEntitiesApi, ENTITY_FIELD_TYPES } from '../../tiflux/resources/entities.js';
import { defineTool } from '../define-tool.js';
import { renderList } from '../format/list.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { inline } from '../format/text.js';
import { entityFromArguments } from '../names/people-names.js';
import { idParam, limitParam, nameParam, offsetParam } from '../shared/params.js';

const WITH_OPTIONS = new Set(['single_select', 'checkbox']);

export const listEntityFields = defineTool({
  toolset: 'desks',
  name: 'list_entity_fields',
  title: 'List the fields of a custom-field entity',
  description:
    'Lists the custom fields of one entity (entity_id or entity_name; see list_entities): id (the entity_field_id of ' +
    'the *_entities tools), name, type, whether required. single_select and checkbox fields have options: ' +
    'list_entity_field_options. Filters: field_type, required, name (partial).',
  input: () => ({
    entity_id: idParam('Entity id; wins over entity_name.').optional(),
    entity_name: nameParam('Entity name.').optional(),
    field_type: z.enum(ENTITY_FIELD_TYPES).optional().describe('Only fields of this type.'),
    required: z.boolean().optional().describe('true: required only; false: optional only.'),
    name: nameParam('Only names containing this.').optional(),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({
    entity_id: z.number().int(),
    fields: z.array(z.object({
      id: z.number().int(),
      name: z.string(),
      field_type: z.string().nullable(),
      required: z.boolean().nullable(),
      has_options: z.boolean(),
    })),
    ...pageInfoOutput(),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const entity = await entityFromArguments(tiflux, 'list_entity_fields', args);
    const page = await tiflux.use(createEntitiesApi).fields(entity.id, {
      field_type: args.field_type, required: args.required, name: args.name, offset: args.offset, limit: args.limit,
    });
    const info = pageInfoOf(page);
    const fields = page.items.map((f) => ({
      id: f.id,
      name: f.name,
      field_type: f.field_type ?? null,
      required: f.required ?? null,
      has_options: WITH_OPTIONS.has(f.field_type ?? ''),
    }));
    const label = entity.name ? `${entity.name} (entity_id ${entity.id})` : `entity ${entity.id}`;
    const text = fields.length
      ? renderList(
          {
            heading: `Fields of ${label}`,
            rows: fields.map((f) => `- **${inline(f.name)}** (entity_field_id ${f.id}) · ${f.field_type ?? '?'}${f.required ? ' · required' : ''}${f.has_options ? ' · has options' : ''}`),
            info,
            plural: 'fields',
          },
          verbosity,
        )
      : `No fields of ${label} with these filters on page ${info.offset}.`;
    return { text, structured: { entity_id: entity.id, fields, ...info } };
  },
});
