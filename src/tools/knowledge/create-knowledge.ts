import * as z from 'zod';
import { createKnowledgesApi } from '../../tiflux/resources/knowledges.js';
import { markdownToHtml } from '../../text/markdown.js';
import { defineTool } from '../define-tool.js';
import { DESCRIPTION_MAX_LENGTH, TITLE_MAX_LENGTH, textParam } from '../shared/params.js';
import { ToolError } from '../tool-error.js';
import { NO_EDIT_NOTE, idArrayParam } from './params.js';

export const createKnowledge = defineTool({
  toolset: 'knowledge',
  name: 'create_knowledge',
  title: 'Write a knowledge base article',
  description:
    'Creates a knowledge base article. description is Markdown (headings, lists, links, tables, images by URL), ' +
    'converted to the HTML TiFlux stores; HTML passes as is. private defaults to true; client_ids and ' +
    'technical_group_ids say who else sees it. Needs the "Gerenciar conhecimento" permission. Not idempotent (twice ' +
    '= two articles), and TiFlux\'s API cannot edit or delete articles (web app only): check list_knowledges first.',
  input: () => ({
    title: textParam('Title of the article.', TITLE_MAX_LENGTH),
    description: textParam('The article in Markdown (or HTML).', DESCRIPTION_MAX_LENGTH),
    knowledge_folder_ids: idArrayParam('Folders the article goes in (at least one), e.g. [3].', { min: 1 }),
    tags: z
      .array(z.string().trim().min(1).max(60).refine((tag) => !tag.includes(','), { error: 'must not contain commas' }))
      .max(30)
      .optional()
      .describe('Tags, each without commas, e.g. ["vpn", "acesso remoto"].'),
    private: z.boolean().optional().describe('true (TiFlux\'s default): only staff and the listed clients/groups see it.'),
    client_ids: idArrayParam('Clients who may see it if private.').optional(),
    technical_group_ids: idArrayParam('Attendant groups who may see it if private.').optional(),
    services_catalogs_item_ids: idArrayParam('Catalogue items it is about.').optional(),
  }),
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  async run(args, { tiflux }) {
    if (args.private === false && (args.client_ids?.length || args.technical_group_ids?.length)) {
      throw new ToolError(
        'Nothing was created: client_ids and technical_group_ids only restrict who sees a private article, and this ' +
          'one is public (private false). Drop them, or set private true.',
      );
    }
    const description = await markdownToHtml(args.description);
    const created = await tiflux.use(createKnowledgesApi).create({
      title: args.title,
      description,
      knowledge_folder_ids: args.knowledge_folder_ids,
      tags: args.tags,
      private: args.private,
      client_ids: args.client_ids,
      technical_group_ids: args.technical_group_ids,
      services_catalogs_item_ids: args.services_catalogs_item_ids,
    });
    const visibility = created.private === false ? 'public' : created.private === true ? 'private' : 'visibility as TiFlux set it';
    return {
      text:
        `Knowledge article **${created.title}** created (id ${created.id}, ${visibility}, folders ` +
        `${(created.knowledge_folder_ids ?? args.knowledge_folder_ids).join(', ')}). Read it back with get_knowledge ` +
        `(knowledge_id ${created.id}). ${NO_EDIT_NOTE}`,
    };
  },
});
