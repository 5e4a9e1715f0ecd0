import { defineTool } from '../define-tool.js';
import { limitParam, offsetParam } from '../shared/params.js';
import { CHAT_LIST_PAGING_NOTE, chatListOutput, listChats } from './list-chats.js';
import { chatListFilters } from './params.js';

export const listMyChats = defineTool({
  toolset: 'chats',
  name: 'list_my_chats',
  title: 'List my chats',
  description:
    'Lists the open TiFlux chats assigned to the owner of the API key, with how long each has been open, whether ' +
    'the client is waiting for an answer, client, requestor, department, linked ticket and the client\'s last ' +
    'message. Same filters as list_inbox_chats (department_id, client_id/client_name, requestor_id/requestor_name, ' +
    'number, origins, started_by, created_at_start/created_at_end). ' + CHAT_LIST_PAGING_NOTE,
  input: () => ({ ...chatListFilters(), offset: offsetParam(), limit: limitParam() }),
  output: chatListOutput,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  run: (args, { tiflux }) => listChats(tiflux, 'mine', 'My chats', args),
});
