import * as z from 'zod';
import { renderList } from '../format/list.js';
import { createKnowledgesApi } from '../../tiflux/resources/knowledges.js';
import { defineTool } from '../define-tool.js';
import { formatDateTime, inline } from '../format/text.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { limitParam, offsetParam } from '../shared/params.js';
import { idArrayParam } from './params.js';

export const listKnowledges = defineTool({
  toolset: 'knowledge',
  name: 'list_knowledges',
  title: 'Search the knowledge base',
  description:
    'Lists knowledge base articles: id, title, tags, folders, private or public, last update. search looks in ' +
    'title, tags and the start of the text. Read one with get_knowledge. Without the "Gerenciar base de ' +
    'conhecimento" permission a key sees only public articles and its group\'s.',
  input: () => ({
    search: z.string().trim().min(1).max(200).optional().describe('Text to find in titles, tags and article starts.'),
    knowledge_folder_ids: idArrayParam('Only articles in these folders, e.g. [3, 7].').optional(),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({
    knowledges: z.array(
      z.object({
        id: z.number().int(),
        title: z.string(),
        private: z.boolean().nullable(),
        tags: z.array(z.string()),
        knowledge_folder_ids: z.array(z.number().int()),
        updated_at: z.string().nullable(),
      }),
    ),
    ...pageInfoOutput(),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const page = await tiflux
      .use(createKnowledgesApi)
      .list({ search: args.search, knowledge_folder_ids: args.knowledge_folder_ids }, { offset: args.offset, limit: args.limit });
    const knowledges = page.items.map((item) => ({
      id: item.id,
      title: item.title,
      private: item.private ?? null,
      tags: item.tags ?? [],
      knowledge_folder_ids: item.knowledge_folder_ids ?? [],
      updated_at: item.updated_at ?? null,
    }));
    const info = pageInfoOf(page);
    const line = (k: (typeof knowledges)[number]) =>
      `- **${inline(k.title)}** (id ${k.id}) · ${k.private ? 'private' : 'public'}` +
      `${k.tags.length ? ` · tags: ${k.tags.join(', ')}` : ''}` +
      `${k.knowledge_folder_ids.length ? ` · folders ${k.knowledge_folder_ids.join(', ')}` : ''} · updated ${formatDateTime(k.updated_at)}`;
    const heading = `Knowledge base${args.search ? ` — "${args.search}"` : ''}`;
    const text = knowledges.length
      ? renderList({ heading, rows: knowledges.map(line), info, plural: 'articles' }, verbosity)
      : `# ${heading}\nNo articles found${args.search ? ` for "${args.search}"` : ''}. Keys without the "Gerenciar base de conhecimento" permission only see public articles and their group's.`;
    return { text, structured: { knowledges, ...info } };
  },
});
