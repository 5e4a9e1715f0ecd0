/** A chat as the model and a program see it: one shape for the four lists and get_chat. */
import * as z from 'zod';
import type { Chat } from '../../tiflux/schemas/chats.js';
import { formatDateTime, inline, oneLine, truncate } from '../format/text.js';
import { humanMinutes, minutesBetween } from './waited.js';

const LAST_MESSAGE_LENGTH = 150;
const TICKET_TITLE_LENGTH = 150;

export function chatRowOutput() {
  const name = z.string().nullable();
  return z.object({
    id: z.number().int(),
    origin: z.string().nullable(),
    online: z.boolean().nullable(),
    waiting_answer: z.boolean().nullable(),
    archived: z.boolean().nullable(),
    canceled: z.boolean().nullable(),
    assessment: z.number().nullable(),
    client: name,
    requestor: name,
    department: name,
    responsible: name,
    ticket: z.object({ number: z.string(), title: z.string().nullable() }).nullable(),
    started_by: z.string().nullable(),
    last_client_message: z.string().nullable(),
    created_at: z.string().nullable(),
    finished_at: z.string().nullable(),
    /** Minutes since the chat was created (open chats), or how long it lasted (finished ones, when known). */
    waited_minutes: z.number().int().nullable(),
  });
}

export type ChatRow = z.output<ReturnType<typeof chatRowOutput>>;

const numberOrNull = (value: unknown): number | null => {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : null;
};

export function chatRow(chat: Chat, now: Date): ChatRow {
  const finished = chat.archived === true || chat.canceled === true || Boolean(chat.finished_at);
  const ticketNumber = chat.ticket?.number;
  return {
    id: chat.id,
    origin: chat.origin ?? null,
    online: chat.online ?? null,
    waiting_answer: chat.waiting_answer ?? null,
    archived: chat.archived ?? null,
    canceled: chat.canceled ?? null,
    assessment: numberOrNull(chat.assessment),
    client: chat.client?.name ?? null,
    requestor: chat.requestor?.name ?? null,
    department: chat.department?.name ?? null,
    responsible: chat.responsible?.name ?? null,
    ticket:
      ticketNumber !== null && ticketNumber !== undefined && String(ticketNumber) !== ''
        ? { number: String(ticketNumber), title: chat.ticket?.title ? truncate(oneLine(chat.ticket.title), TICKET_TITLE_LENGTH) : null }
        : null,
    started_by: chat.started_by ?? null,
    last_client_message: chat.last_client_message ? truncate(oneLine(chat.last_client_message), LAST_MESSAGE_LENGTH) : null,
    created_at: chat.created_at ?? null,
    finished_at: chat.finished_at ?? null,
    waited_minutes: finished ? minutesBetween(chat.created_at, chat.finished_at) : minutesBetween(chat.created_at, now),
  };
}

/** "waiting 12 min" for open chats; "lasted 1 h 5 min" for finished ones. */
export function waitedLabel(row: ChatRow): string | undefined {
  if (row.waited_minutes === null) return undefined;
  const finished = row.archived === true || row.canceled === true || row.finished_at !== null;
  if (finished) return `lasted ${humanMinutes(row.waited_minutes)}`;
  return row.waiting_answer === false ? `open ${humanMinutes(row.waited_minutes)}` : `waiting ${humanMinutes(row.waited_minutes)}`;
}

/** One bullet for a list. */
export function chatLine(row: ChatRow): string {
  const who = [row.client, row.requestor].filter(Boolean).map((n) => inline(n)).join(' / ') || 'unknown contact';
  const facts = [
    row.origin,
    // "waiting 12 min" already says the client waits for an answer.
    waitedLabel(row),
    row.online === true ? 'online' : undefined,
    row.department ? `dept ${inline(row.department)}` : undefined,
    row.responsible ? `with ${inline(row.responsible)}` : undefined,
    row.canceled ? 'canceled' : undefined,
    row.assessment !== null ? `rated ${row.assessment}/5` : undefined,
    row.ticket ? `ticket #${row.ticket.number}${row.ticket.title ? ` "${row.ticket.title}"` : ''}` : undefined,
  ].filter(Boolean);
  const last = row.last_client_message ? `\n  Last client message: "${row.last_client_message}"` : '';
  return `- **Chat ${row.id}** · ${who} · ${facts.join(' · ')} · created ${formatDateTime(row.created_at)}${last}`;
}
