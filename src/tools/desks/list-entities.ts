import * as z from 'zod';
import { createEntitiesApi, ENTITY_APPLIED_IN } from '../../tiflux/resources/entities.js';
import { defineTool } from '../define-tool.js';
import { renderList } from '../format/list.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { inline } from '../format/text.js';
import { limitParam, nameParam, offsetParam } from '../shared/params.js';

export const listEntities = defineTool({
  toolset: 'desks',
  name: 'list_entities',
  title: 'List custom-field entities',
  description:
    'Lists the custom-field groups (entities) with ids and applied_in (ticket, client, solicitant = requestor, ' +
    'services_catalog, services_catalogs_area, services_catalogs_item, equipment). Filters: active, applied_in, name ' +
    '(partial). Next: list_entity_fields and list_entity_field_options give the ids the *_entities tools take (they ' +
    'accept names too).',
  input: () => ({
    active: z.boolean().optional().describe('true: active only; false: inactive only; omitted: both.'),
    applied_in: z.enum(ENTITY_APPLIED_IN).optional().describe('Only entities for this kind of record.'),
    name: nameParam('Only names containing this.').optional(),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({
    entities: z.array(z.object({ id: z.number().int(), name: z.string(), applied_in: z.string().nullable(), active: z.boolean().nullable() })),
    ...pageInfoOutput(),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const page = await tiflux.use(createEntitiesApi).list(args);
    const info = pageInfoOf(page);
    const entities = page.items.map((e) => ({ id: e.id, name: e.name, applied_in: e.applied_in ?? null, active: e.active ?? null }));
    const text = entities.length
      ? renderList(
          {
            heading: 'Custom-field entities',
            rows: entities.map((e) => `- **${inline(e.name)}** (entity_id ${e.id})${e.applied_in ? ` · applies to ${e.applied_in}` : ''}${e.active === false ? ' · inactive' : ''}`),
            info,
            plural: 'entities',
          },
          verbosity,
        )
      : `No custom-field entities with these filters on page ${info.offset}.`;
    return { text, structured: { entities, ...info } };
  },
});
