import * as z from 'zod';
import { renderList } from '../format/list.js';
import { createMessageTemplatesApi } from '../../tiflux/resources/message-templates.js';
import { defineTool } from '../define-tool.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { inline, truncate } from '../format/text.js';
import { idParam, limitParam, offsetParam } from '../shared/params.js';
import { countVariables, headerText } from './template-variables.js';

const BODY_LENGTH = 500;

export const listWhatsappCloudTemplates = defineTool({
  toolset: 'chats',
  name: 'list_whatsapp_cloud_templates',
  title: 'List WhatsApp Cloud message templates',
  description:
    'Lists the templates of the WhatsApp Cloud (Meta) integrations: id (send_message\'s template_id), name, status, ' +
    'language, category, body, and how many parameters and header_parameters send_message needs; only APPROVED ones ' +
    'can be sent. Needs TiFlux\'s "Gerenciar Modelos" permission.',
  input: () => ({
    integration_id: idParam('Only this WhatsApp Cloud integration\'s templates.').optional(),
    status: z.enum(['APPROVED', 'MISSING_VARS', 'REJECTED', 'PENDING']).optional().describe('Only templates in this state.'),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({
    templates: z.array(
      z.object({
        id: z.number().int(),
        name: z.string().nullable(),
        status: z.string().nullable(),
        language: z.string().nullable(),
        category: z.string().nullable(),
        meta_template_id: z.string().nullable(),
        body: z.string().nullable(),
        body_variables: z.number().int(),
        header_variables: z.number().int(),
        integration_id: z.number().int().nullable(),
      }),
    ),
    ...pageInfoOutput(),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const page = await tiflux
      .use(createMessageTemplatesApi)
      .whatsappCloud({ integration_id: args.integration_id, status: args.status }, { offset: args.offset, limit: args.limit });
    const templates = page.items.map((template) => ({
      id: template.id,
      name: template.name ?? null,
      status: template.status ?? null,
      language: template.language ?? null,
      category: template.category ?? null,
      meta_template_id: template.template_id === null || template.template_id === undefined ? null : String(template.template_id),
      body: template.body?.text ? truncate(template.body.text, BODY_LENGTH) : null,
      body_variables: countVariables(template.body?.text),
      header_variables: countVariables(headerText(template.header)),
      integration_id: template.integration_id ?? null,
    }));
    const info = pageInfoOf(page);
    const line = (t: (typeof templates)[number]) =>
      `- **${inline(t.name)}** (id ${t.id}) · ${inline(t.status)} · ${inline(t.language)} · ${inline(t.category)} · ` +
      `integration ${t.integration_id ?? '—'} · ${t.body_variables} body / ${t.header_variables} header variable(s)\n` +
      `  ${inline(t.body, '(no text)')}`;
    const text = templates.length
      ? renderList({ heading: 'WhatsApp Cloud message templates', rows: templates.map(line), info, plural: 'templates' }, verbosity)
      : 'No WhatsApp Cloud message templates found.';
    return { text, structured: { templates, ...info } };
  },
});
