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
    'Lists finished or canceled chats: rating (1–5) if given, duration, client, requestor, department, responsible, ' +
    'linked ticket, last client message. Filters as list_inbox_chats, plus canceled and ' +
    'finished_at_start/finished_at_end. ' + CHAT_LIST_PAGING_NOTE,
  input: () => ({
    ...chatListFilters(),
    canceled: z.boolean().optional().describe('true: only canceled; false: only finished; omit: both.'),
    finished_at_start: dateTimeParam('Finished at/after (ISO 8601 date-time with offset).'),
    finished_at_end: dateTimeParam('Finished at/before (ISO 8601 date-time with offset).'),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: chatListOutput,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  run: (args, ctx) =>
    listChats(ctx, 'archived', 'Archived chats', args, {
      canceled: args.canceled,
      finished_at_start: args.finished_at_start,
      finished_at_end: args.finished_at_end,
    }),
});
