import { defineTool } from '../define-tool.js';
import { limitParam, offsetParam } from '../shared/params.js';
import { CHAT_LIST_PAGING_NOTE, chatListOutput, listChats } from './list-chats.js';
import { chatListFilters } from './params.js';

export const listInboxChats = defineTool({
  toolset: 'chats',
  name: 'list_inbox_chats',
  title: 'List chats waiting in the inbox',
  description:
    'Lists inbox chats not yet taken by any attendant (WhatsApp, web widget, campaigns): channel, wait, client, ' +
    'requestor, department, linked ticket, last client message. Take or transfer one with update_chat. ' + CHAT_LIST_PAGING_NOTE,
  input: () => ({ ...chatListFilters(), offset: offsetParam(), limit: limitParam() }),
  output: chatListOutput,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  run: (args, ctx) => listChats(ctx, 'inbox', 'Chats waiting in the inbox', args),
});
