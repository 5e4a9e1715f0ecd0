import { defineTool } from '../define-tool.js';
import { limitParam, offsetParam } from '../shared/params.js';
import { CHAT_LIST_PAGING_NOTE, chatListOutput, listChats } from './list-chats.js';
import { chatListFilters } from './params.js';

export const listInboxChats = defineTool({
  toolset: 'chats',
  name: 'list_inbox_chats',
  title: 'List chats waiting in the inbox',
  description:
    'Lists the TiFlux chats waiting in the inbox: not yet taken by any attendant (WhatsApp, web widget, campaigns). ' +
    'Each shows its channel, how long it has waited, client, requestor, department, linked ticket and the client\'s ' +
    'last message. Filter by department_id, client (client_id or client_name), requestor (requestor_id or ' +
    'requestor_name), number (WhatsApp contact), origins, started_by and created_at_start/created_at_end. Read the ' +
    'conversation with list_chat_messages, take or transfer it with update_chat. ' + CHAT_LIST_PAGING_NOTE,
  input: () => ({ ...chatListFilters(), offset: offsetParam(), limit: limitParam() }),
  output: chatListOutput,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  run: (args, { tiflux }) => listChats(tiflux, 'inbox', 'Chats waiting in the inbox', args),
});
