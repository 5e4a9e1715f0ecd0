import * as z from 'zod';
import { renderList } from '../format/list.js';
import { createKnowledgesApi } from '../../tiflux/resources/knowledges.js';
import { defineTool } from '../define-tool.js';
import { inline, truncate } from '../format/text.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { limitParam, offsetParam } from '../shared/params.js';

export const listKnowledgeFolders = defineTool({
  toolset: 'knowledge',
  name: 'list_knowledge_folders',
  title: 'List knowledge base folders',
  description:
    'Lists the knowledge base folders: id (the knowledge_folder_ids of list_knowledges and create_knowledge), ' +
    'title, short description, tags and article count. search matches the title.',
  input: () => ({
    search: z.string().trim().min(1).max(200).optional().describe('Text to find in folder titles.'),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({
    folders: z.array(
      z.object({
        id: z.number().int(),
        title: z.string(),
        description: z.string().nullable(),
        icon: z.string().nullable(),
        tags: z.array(z.string()),
        qty_knowledges: z.number().int().nullable(),
      }),
    ),
    ...pageInfoOutput(),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const page = await tiflux.use(createKnowledgesApi).folders({ search: args.search }, { offset: args.offset, limit: args.limit });
    const folders = page.items.map((folder) => ({
      id: folder.id,
      title: folder.title,
      description: folder.description ? truncate(folder.description, 120) : null,
      icon: folder.icon ?? null,
      tags: folder.tags ?? [],
      qty_knowledges: folder.qty_knowledges ?? null,
    }));
    const info = pageInfoOf(page);
    const line = (f: (typeof folders)[number]) =>
      `- **${inline(f.title)}** (id ${f.id}) · ${f.qty_knowledges ?? '?'} article(s)` +
      `${f.tags.length ? ` · tags: ${f.tags.join(', ')}` : ''}${f.description ? `\n  ${inline(f.description)}` : ''}`;
    const text = folders.length
      ? renderList({ heading: 'Knowledge base folders', rows: folders.map(line), info, plural: 'folders' }, verbosity)
      : `No knowledge base folders found${args.search ? ` for "${args.search}"` : ''}.`;
    return { text, structured: { folders, ...info } };
  },
});
