import * as z from 'zod';
import { renderList } from '../format/list.js';
import { createEntitiesApi } from '../../tiflux/resources/entities.js';
import { defineTool } from '../define-tool.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { inline } from '../format/text.js';
import { allFields, entityFromArguments, fieldKind, optionLabel } from '../names/people-names.js';
import { pickOne } from '../names/pick-one.js';
import { idParam, limitParam, nameParam, offsetParam } from '../shared/params.js';
import { ToolError } from '../tool-error.js';

export const listEntityFieldOptions = defineTool({
  toolset: 'desks',
  name: 'list_entity_field_options',
  title: 'List the options of a custom field',
  description:
    'Lists the options of a single_select or checkbox custom field: id (entity_field_option_id) and label. The field ' +
    'by entity_field_id, or by entity_field_name with its entity (entity_id or entity_name). value keeps labels ' +
    'containing it. For a single_select field the value to set is the option id as a string.',
  input: () => ({
    entity_field_id: idParam('Custom field id (list_entity_fields); wins over entity_field_name.').optional(),
    entity_field_name: nameParam('Custom field name; needs entity_id or entity_name.').optional(),
    entity_id: idParam('Entity of entity_field_name.').optional(),
    entity_name: nameParam('Entity of entity_field_name, by name.').optional(),
    value: nameParam('Only labels containing this.').optional(),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({
    entity_field_id: z.number().int(),
    options: z.array(z.object({ id: z.number().int(), value: z.string(), null_option: z.boolean().nullable() })),
    ...pageInfoOutput(),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    let field: { id: number; name?: string };
    if (args.entity_field_id !== undefined) field = { id: args.entity_field_id };
    else if (args.entity_field_name !== undefined) {
      const entity = await entityFromArguments(tiflux, 'list_entity_field_options (with entity_field_name)', args);
      const where = `of ${entity.name ? `entity ${entity.name}` : `entity ${entity.id}`}`;
      const picked = pickOne(args.entity_field_name, await allFields(tiflux, entity.id), fieldKind(where));
      field = { id: picked.id, name: picked.name };
    } else {
      throw new ToolError('list_entity_field_options needs the field: pass entity_field_id, or entity_field_name with entity_id or entity_name.');
    }
    const page = await tiflux.use(createEntitiesApi).options(field.id, { value: args.value, offset: args.offset, limit: args.limit });
    const info = pageInfoOf(page);
    const options = page.items.map((o) => ({ id: o.id, value: optionLabel(o), null_option: o.null_option ?? null }));
    const label = field.name ? `${field.name} (entity_field_id ${field.id})` : `custom field ${field.id}`;
    const text = options.length
      ? renderList({ heading: `Options of ${label}`, rows: options.map((o) => `- **${inline(o.value)}** (entity_field_option_id ${o.id})${o.null_option ? ' · the "no choice" option' : ''}`), info, plural: 'options' }, verbosity)
      : `No options of ${label}${args.value ? ` contain "${args.value}"` : ''} on page ${info.offset} (fields other than single_select and checkbox have none).`;
    return { text, structured: { entity_field_id: field.id, options, ...info } };
  },
});
