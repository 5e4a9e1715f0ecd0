import * as z from 'zod';
import { defineTool } from '../define-tool.js';
import { resolveAttendant } from '../names/resolvers.js';
import { idParam, limitParam, nameParam, offsetParam } from '../shared/params.js';
import { CHAT_LIST_PAGING_NOTE, chatListOutput, listChats } from './list-chats.js';
import { chatListFilters } from './params.js';

export const listInAttendanceChats = defineTool({
  toolset: 'chats',
  name: 'list_in_attendance_chats',
  title: 'List chats in attendance',
  description:
    'Lists every chat being attended, by any attendant: responsible, time open, whether the client awaits an ' +
    'answer, client, requestor, department, linked ticket, last client message. Filters as list_inbox_chats, plus ' +
    'user_id/user_name and status. ' + CHAT_LIST_PAGING_NOTE,
  input: () => ({
    ...chatListFilters(),
    user_id: idParam('Only this responsible attendant.').optional(),
    user_name: nameParam('Only this attendant, by name or e-mail.').optional(),
    status: z
      .enum(['waiting_client', 'waiting_attendance', 'triage'])
      .optional()
      .describe('waiting_client (attendant answered), waiting_attendance (client did) or triage.'),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: chatListOutput,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, ctx) {
    const { tiflux } = ctx;
    let userId = args.user_id;
    let heading = 'Chats in attendance';
    if (userId === undefined && args.user_name) {
      const user = await resolveAttendant(tiflux, args.user_name, { name: 'user_name', id: 'user_id' });
      userId = user.id;
      heading += ` with ${user.name} (id ${user.id})`;
    }
    return listChats(ctx, 'in_attendance', heading, args, { user_id: userId, status: args.status });
  },
});
