import * as z from 'zod';
import { defineTool } from '../define-tool.js';
import { limitParam, offsetParam } from '../shared/params.js';
import { CHAT_LIST_PAGING_NOTE, chatListOutput, listChats } from './list-chats.js';
import { chatListFilters, dateTimeParam } from './params.js';

export const listArchivedChats = defineTool({
  toolset: 'chats',
  name: 'list_archived_chats',
  title: 'List archived chats',
  description:
    'Lists finished or canceled TiFlux chats, with the client\'s rating (1–5) when given, how long the chat lasted, ' +
    'client, requestor, department, responsible, linked ticket and last client message. Extra filters: canceled ' +
    '(true = only canceled, false = only finished; omit for both) and finished_at_start/finished_at_end (ISO 8601 ' +
    'with offset). Also the filters of list_inbox_chats. ' + CHAT_LIST_PAGING_NOTE,
  input: () => ({
    ...chatListFilters(),
    canceled: z.boolean().optional().describe('true: only canceled chats; false: only finished ones; omit: both.'),
    finished_at_start: dateTimeParam('Only chats finished at or after this ISO 8601 date-time (with offset).'),
    finished_at_end: dateTimeParam('Only chats finished at or before this ISO 8601 date-time (with offset).'),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: chatListOutput,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  run: (args, { tiflux }) =>
    listChats(tiflux, 'archived', 'Archived chats', args, {
      canceled: args.canceled,
      finished_at_start: args.finished_at_start,
      finished_at_end: args.finished_at_end,
    }),
});
