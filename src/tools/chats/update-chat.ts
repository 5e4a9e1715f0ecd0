import { createChatsApi, type ChatUpdate } from '../../tiflux/resources/chats.js';
import { defineTool } from '../define-tool.js';
import { formatDateTime } from '../format/text.js';
import { resolveAttendant } from '../names/resolvers.js';
import { idParam, nameParam, ticketNumber } from '../shared/params.js';
import { ToolError } from '../tool-error.js';
import { chatIdParam } from './params.js';
import { withChatWriteHints } from './write-errors.js';

export const updateChat = defineTool({
  toolset: 'chats',
  name: 'update_chat',
  title: 'Transfer a chat or link a ticket',
  description:
    'Changes an open chat: transfers it to another attendant or department and/or links a ticket; give at least ' +
    'one. TiFlux refuses finished or canceled chats. Nothing is sent to the client.',
  input: () => ({
    id: chatIdParam(),
    user_id: idParam('Attendant to transfer to (search_user).').optional(),
    user_name: nameParam('Attendant to transfer to, by name or e-mail; if no user_id.').optional(),
    department_id: idParam('Department to transfer to.').optional(),
    ticket_number: ticketNumber('Ticket number to link, e.g. "84429".').optional(),
  }),
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    if (args.user_id === undefined && !args.user_name && args.department_id === undefined && args.ticket_number === undefined) {
      throw new ToolError('Nothing to change: give user_id or user_name, department_id, or ticket_number.');
    }
    const changes: ChatUpdate = { department_id: args.department_id };
    const done: string[] = [];
    if (args.user_id !== undefined) {
      changes.user_id = args.user_id;
      done.push(`transferred to attendant ${args.user_id}`);
    } else if (args.user_name) {
      const user = await resolveAttendant(tiflux, args.user_name, { name: 'user_name', id: 'user_id' });
      changes.user_id = user.id;
      done.push(`transferred to ${user.name} (id ${user.id})`);
    }
    if (args.department_id !== undefined) done.push(`moved to department ${args.department_id}`);
    if (args.ticket_number !== undefined) {
      changes.ticket_number = Number(args.ticket_number);
      done.push(`linked to ticket #${args.ticket_number}`);
    }
    const answer = await withChatWriteHints(() => tiflux.use(createChatsApi).update(args.id, changes), {
      refused: 'TiFlux does not allow changes to a finished or canceled chat, and checks that the attendant, department and ticket exist.',
    });
    const when = answer?.updated_at ? ` (updated ${formatDateTime(answer.updated_at)})` : '';
    return { text: `Chat ${args.id} ${done.join(', ')}${when}.` };
  },
});
