import * as z from 'zod';
import { renderList } from '../format/list.js';
import { createMessageTemplatesApi } from '../../tiflux/resources/message-templates.js';
import { defineTool } from '../define-tool.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { inline, truncate } from '../format/text.js';
import { idParam, limitParam, offsetParam } from '../shared/params.js';
import { countVariables } from './template-variables.js';

const CONTENT_LENGTH = 500;

export const listGupshupTemplates = defineTool({
  toolset: 'chats',
  name: 'list_gupshup_templates',
  title: 'List Gupshup message templates',
  description:
    'Lists the WhatsApp templates (HSM) of the Gupshup integrations: id, name, status, category, text with its ' +
    '{{n}} variables, and how many parameters send_message needs. Needs TiFlux\'s "Gerenciar Modelos" permission.',
  input: () => ({
    integration_id: idParam('Only this Gupshup integration\'s templates.').optional(),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({
    templates: z.array(
      z.object({
        id: z.number().int(),
        name: z.string().nullable(),
        status: z.string().nullable(),
        category: z.string().nullable(),
        content: z.string().nullable(),
        variables: z.number().int(),
        integration_id: z.number().int().nullable(),
      }),
    ),
    ...pageInfoOutput(),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const page = await tiflux
      .use(createMessageTemplatesApi)
      .gupshup({ integration_id: args.integration_id }, { offset: args.offset, limit: args.limit });
    const templates = page.items.map((template) => ({
      id: template.id,
      name: template.name ?? null,
      status: template.status ?? null,
      category: template.category ?? null,
      content: template.content ? truncate(template.content, CONTENT_LENGTH) : null,
      variables: countVariables(template.content),
      integration_id: template.integration_id ?? null,
    }));
    const info = pageInfoOf(page);
    const line = (t: (typeof templates)[number]) =>
      `- **${inline(t.name)}** (id ${t.id}) · ${inline(t.status)} · ${inline(t.category)} · integration ${t.integration_id ?? '—'} · ` +
      `${t.variables} variable(s)\n  ${inline(t.content, '(no text)')}`;
    const text = templates.length
      ? renderList({ heading: 'Gupshup message templates', rows: templates.map(line), info, plural: 'templates' }, verbosity)
      : 'No Gupshup message templates found.';
    return { text, structured: { templates, ...info } };
  },
});
