import * as z from 'zod';
import { createChatsApi } from '../../tiflux/resources/chats.js';
import { defineTool } from '../define-tool.js';
import { formatDateTime, inline } from '../format/text.js';
import { chatRow, chatRowOutput, waitedLabel } from './format.js';
import { chatIdParam } from './params.js';

export const getChat = defineTool({
  toolset: 'chats',
  name: 'get_chat',
  title: 'Get a chat',
  description:
    'One chat\'s card: channel (origin), state (open, archived, canceled), wait or duration, client, requestor, ' +
    'department, responsible attendant, linked ticket, who started it, the client\'s last message, rating, dates. ' +
    'Messages: list_chat_messages.',
  input: () => ({ id: chatIdParam() }),
  output: () => ({
    chat: chatRowOutput().extend({
      room: z.string().nullable(),
      updated_at: z.string().nullable(),
      assumed_at: z.string().nullable(),
    }),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const raw = await tiflux.use(createChatsApi).get(args.id);
    const chat = {
      ...chatRow(raw, new Date()),
      room: raw.room === null || raw.room === undefined ? null : String(raw.room),
      updated_at: raw.updated_at ?? null,
      assumed_at: raw.assumed_at ?? null,
    };
    const state = chat.canceled ? 'canceled' : chat.archived ? 'archived (finished)' : 'open';
    const lines = [
      `# Chat ${chat.id} · ${state}`,
      `- Channel: ${inline(chat.origin)}${chat.online === true ? ' · client online' : ''}${chat.started_by ? ` · started by ${chat.started_by}` : ''}`,
      `- Client: ${inline(chat.client)} · Requestor: ${inline(chat.requestor)}`,
      `- Department: ${inline(chat.department)} · Responsible: ${inline(chat.responsible, 'nobody (in the inbox)')}`,
      `- Ticket: ${chat.ticket ? `#${chat.ticket.number}${chat.ticket.title ? ` "${chat.ticket.title}"` : ''}` : 'none linked'}`,
      `- Waiting for an answer: ${chat.waiting_answer === null ? 'unknown' : chat.waiting_answer ? 'yes' : 'no'}${waitedLabel(chat) ? ` · ${waitedLabel(chat)}` : ''}`,
      chat.assessment !== null ? `- Client's rating: ${chat.assessment}/5` : undefined,
      chat.last_client_message ? `- Last client message: "${chat.last_client_message}"` : undefined,
      `- Created ${formatDateTime(chat.created_at)} · assumed ${formatDateTime(chat.assumed_at)} · updated ${formatDateTime(chat.updated_at)}` +
        (chat.finished_at ? ` · finished ${formatDateTime(chat.finished_at)}` : ''),
      '',
      `Read the conversation with list_chat_messages (id ${chat.id}).`,
    ];
    return { text: lines.filter((line) => line !== undefined).join('\n'), structured: { chat } };
  },
});
