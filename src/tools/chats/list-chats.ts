/**
 * The four chat lists share their arguments, their rendering and their output; each tool file only says which list
 * it reads and what it adds (see list-inbox-chats.ts and its siblings).
 */
import * as z from 'zod';
import type { FieldValue } from '../../tiflux/query.js';
import { createChatsApi, type ChatListKind } from '../../tiflux/resources/chats.js';
import type { ToolContext } from '../define-tool.js';
import { renderList } from '../format/list.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { chatFilterQuery, type ChatFilterArgs } from './chat-filters.js';
import { chatLine, chatRow, chatRowOutput } from './format.js';

export const chatListOutput = () => ({ chats: z.array(chatRowOutput()), ...pageInfoOutput() });

export const CHAT_LIST_PAGING_NOTE = 'No total is reported: a full page means there may be more.';

export async function listChats(
  { tiflux, verbosity }: ToolContext,
  kind: ChatListKind,
  heading: string,
  args: ChatFilterArgs & { offset: number; limit: number },
  extra: Record<string, FieldValue> = {},
) {
  const { query, resolved } = await chatFilterQuery(tiflux, args);
  const page = await tiflux.use(createChatsApi).list(kind, { ...query, ...extra }, { offset: args.offset, limit: args.limit });
  const now = new Date();
  const chats = page.items.map((chat) => chatRow(chat, now));
  const info = pageInfoOf(page);
  const title = `${heading}${resolved.length ? ` — ${resolved.join(', ')}` : ''}`;
  const text = chats.length
    ? renderList({ heading: title, rows: chats.map(chatLine), info, plural: 'chats' }, verbosity)
    : info.offset > 1
      ? `# ${title}\nNo chats on page ${info.offset}: the list ends before it.`
      : `# ${title}\nNo chats match.`;
  return { text, structured: { chats, ...info } };
}
