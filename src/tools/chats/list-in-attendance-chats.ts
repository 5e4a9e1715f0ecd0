import * as z from 'zod';
import { defineTool } from '../define-tool.js';
import { resolveAttendant } from '../names/attendant-name.js';
import { idParam, limitParam, nameParam, offsetParam } from '../shared/params.js';
import { CHAT_LIST_PAGING_NOTE, chatListOutput, listChats } from './list-chats.js';
import { chatListFilters } from './params.js';

export const listInAttendanceChats = defineTool({
  toolset: 'chats',
  name: 'list_in_attendance_chats',
  title: 'List chats in attendance',
  description:
    'Lists every TiFlux chat currently being attended (any attendant), with its responsible, how long it has been ' +
    'open, whether the client waits for an answer, client, requestor, department, linked ticket and last client ' +
    'message. Extra filters: user_id or user_name (the responsible attendant) and status (waiting_client, ' +
    'waiting_attendance, triage). Also the filters of list_inbox_chats. ' + CHAT_LIST_PAGING_NOTE,
  input: () => ({
    ...chatListFilters(),
    user_id: idParam('Only chats whose responsible attendant has this id (search_user finds it).').optional(),
    user_name: nameParam('Only chats of this attendant, by name or e-mail; or use user_id.').optional(),
    status: z
      .enum(['waiting_client', 'waiting_attendance', 'triage'])
      .optional()
      .describe('waiting_client (the attendant answered), waiting_attendance (the client did) or triage.'),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: chatListOutput,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    let userId = args.user_id;
    let heading = 'Chats in attendance';
    if (userId === undefined && args.user_name) {
      const user = await resolveAttendant(tiflux, args.user_name, { name: 'user_name', id: 'user_id' });
      userId = user.id;
      heading += ` with ${user.name} (id ${user.id})`;
    }
    return listChats(tiflux, 'in_attendance', heading, args, { user_id: userId, status: args.status });
  },
});
