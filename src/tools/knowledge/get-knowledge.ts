import * as z from 'zod';
import { createKnowledgesApi } from '../../tiflux/resources/knowledges.js';
import { htmlToMarkdown } from '../../text/markdown.js';
import { defineTool } from '../define-tool.js';
import { formatDateTime } from '../format/text.js';
import { idParam } from '../shared/params.js';
import { NO_EDIT_NOTE } from './params.js';

/** An article longer than this is cut: one answer must stay readable. */
const MAX_BODY_LENGTH = 40_000;

export const getKnowledge = defineTool({
  toolset: 'knowledge',
  name: 'get_knowledge',
  title: 'Read a knowledge base article',
  description:
    'Reads one knowledge base article: title, tags, private or public, dates, and the text converted to Markdown ' +
    '(tables and images kept, unsafe links and scripts removed). Articles the key may not see are reported as not ' +
    'found. TiFlux\'s API cannot edit or delete articles: that is done in the TiFlux web app.',
  input: () => ({ knowledge_id: idParam('Id of the article.') }),
  output: () => ({
    knowledge: z.object({
      id: z.number().int(),
      title: z.string(),
      private: z.boolean().nullable(),
      tags: z.array(z.string()),
      knowledge_folder_ids: z.array(z.number().int()),
      created_at: z.string().nullable(),
      updated_at: z.string().nullable(),
      /** The article as Markdown (sanitised). */
      description: z.string(),
      truncated: z.boolean(),
    }),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const article = await tiflux.use(createKnowledgesApi).get(args.knowledge_id);
    const markdown = await htmlToMarkdown(article.description);
    const truncated = markdown.length > MAX_BODY_LENGTH;
    const description = truncated ? `${markdown.slice(0, MAX_BODY_LENGTH).trimEnd()}…` : markdown;
    const knowledge = {
      id: article.id,
      title: article.title,
      private: article.private ?? null,
      tags: article.tags ?? [],
      knowledge_folder_ids: article.knowledge_folder_ids ?? [],
      created_at: article.created_at ?? null,
      updated_at: article.updated_at ?? null,
      description,
      truncated,
    };
    const text = [
      `# ${knowledge.title}`,
      `Article ${knowledge.id} · ${knowledge.private ? 'private' : 'public'}` +
        `${knowledge.tags.length ? ` · tags: ${knowledge.tags.join(', ')}` : ''} · created ${formatDateTime(knowledge.created_at)}` +
        ` · updated ${formatDateTime(knowledge.updated_at)}`,
      '',
      description || '(empty article)',
      truncated ? `\n(The article is longer than ${MAX_BODY_LENGTH.toLocaleString('en')} characters and was cut here.)` : undefined,
      '',
      NO_EDIT_NOTE,
    ];
    return { text: text.filter((line) => line !== undefined).join('\n'), structured: { knowledge } };
  },
});
