import { defineTool } from '../define-tool.js';
import { limitParam, offsetParam } from '../shared/params.js';
import { CHAT_LIST_PAGING_NOTE, chatListOutput, listChats } from './list-chats.js';
import { chatListFilters } from './params.js';

export const listMyChats = defineTool({
  toolset: 'chats',
  name: 'list_my_chats',
  title: 'List my chats',
  description:
    'Lists open chats assigned to the API key\'s owner: time open, whether the client awaits an answer, client, ' +
    'requestor, department, linked ticket, last client message. Filters as list_inbox_chats. ' + CHAT_LIST_PAGING_NOTE,
  input: () => ({ ...chatListFilters(), offset: offsetParam(), limit: limitParam() }),
  output: chatListOutput,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  run: (args, ctx) => listChats(ctx, 'mine', 'My chats', args),
});
