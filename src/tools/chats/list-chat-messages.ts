import * as z from 'zod';
import { TiFluxForbiddenError } from '../../tiflux/client.js';
import type { ChatMessage } from '../../tiflux/schemas/chats.js';
import { createChatsApi } from '../../tiflux/resources/chats.js';
import { defineTool } from '../define-tool.js';
import { renderList } from '../format/list.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { formatDateTime, inline, oneLine, truncate } from '../format/text.js';
import { offsetParam } from '../shared/params.js';
import { ToolError } from '../tool-error.js';
import { parseInteractive, renderInteractive } from './menu.js';
import { chatIdParam } from './params.js';

/** Transcripts are long: pages stay small and each message is cut, so one answer stays readable. */
const MAX_MESSAGES_PER_PAGE = 100;
const DEFAULT_MESSAGES_PER_PAGE = 30;
const MAX_MESSAGE_LENGTH = 1_500;
const MAX_QUOTE_LENGTH = 200;

function messageOutput() {
  return z.object({
    author_type: z.string().nullable(),
    author_name: z.string().nullable(),
    created_at: z.string().nullable(),
    type: z.string().nullable(),
    /** The text as a person reads it: an interactive menu rendered as its prompt and numbered choices. */
    text: z.string().nullable(),
    interactive: z.boolean(),
    truncated: z.boolean(),
    media: z.object({ content_type: z.string().nullable(), caption: z.string().nullable() }).nullable(),
    quoted_message: z.object({ text: z.string().nullable(), type: z.string().nullable() }).nullable(),
    /** The furthest delivery state WhatsApp reported: failed, read, delivered or sent. */
    delivery: z.enum(['failed', 'read', 'delivered', 'sent']).nullable(),
  });
}

type MessageRow = z.output<ReturnType<typeof messageOutput>>;

function deliveryOf(status: ChatMessage['status']): MessageRow['delivery'] {
  if (!status) return null;
  if (status.failed) return 'failed';
  if (status.read) return 'read';
  if (status.delivered) return 'delivered';
  if (status.sent) return 'sent';
  return null;
}

function messageRow(message: ChatMessage): MessageRow {
  const menu = parseInteractive(message.text);
  const full = menu ? renderInteractive(menu) : (message.text ?? '').trim();
  const text = full.length > MAX_MESSAGE_LENGTH ? truncate(full, MAX_MESSAGE_LENGTH) : full;
  const quoted = message.quoted_message;
  const quotedMenu = parseInteractive(quoted?.text);
  return {
    author_type: message.author?.type ?? null,
    author_name: message.author?.name ?? null,
    created_at: message.created_at ?? null,
    type: message.type ?? null,
    text: text || null,
    interactive: menu !== undefined,
    truncated: text.length < full.length,
    media: message.media ? { content_type: message.media.content_type ?? null, caption: message.media.caption ?? null } : null,
    quoted_message: quoted
      ? {
          text: quoted.text ? truncate(oneLine(quotedMenu ? renderInteractive(quotedMenu) : quoted.text), MAX_QUOTE_LENGTH) : null,
          type: quoted.type ?? null,
        }
      : null,
    delivery: deliveryOf(message.status),
  };
}

const AUTHOR_LABEL: Record<string, string> = { client: 'Client', attendant: 'Attendant', system: 'System', ai: 'AI' };

const authorOf = (row: MessageRow) =>
  `${AUTHOR_LABEL[row.author_type ?? ''] ?? inline(row.author_type, 'Unknown')}${row.author_name ? ` ${inline(row.author_name)}` : ''}`;
const quoteOf = (row: MessageRow) => row.quoted_message && `"${row.quoted_message.text ?? `(${row.quoted_message.type ?? 'message'})`}"`;
const mediaOf = (row: MessageRow) =>
  row.media && `[${row.media.content_type ?? row.type ?? 'media'}${row.media.caption ? `: ${oneLine(row.media.caption)}` : ''}]`;

function messageMarkdown(row: MessageRow): string {
  const head = `**${formatDateTime(row.created_at)} · ${authorOf(row)}**${row.delivery ? ` (${row.delivery})` : ''}`;
  const lines = [head];
  if (row.quoted_message) lines.push(`> replying to: ${quoteOf(row)}`);
  if (row.media) lines.push(mediaOf(row)!);
  if (row.text) lines.push(row.text + (row.truncated ? ' (cut)' : ''));
  return lines.join('\n');
}

/** "- 2026-01-01 10:00 (-03:00) · Client Ana (read): [image/jpeg] the text" */
function messageLine(row: MessageRow): string {
  const said = [row.quoted_message ? `(replying to ${quoteOf(row)})` : '', mediaOf(row) ?? '', row.text ? oneLine(row.text) : '']
    .filter(Boolean)
    .join(' ');
  return `- ${formatDateTime(row.created_at)} · ${authorOf(row)}${row.delivery ? ` (${row.delivery})` : ''}: ${said || '(empty)'}`;
}

export const listChatMessages = defineTool({
  toolset: 'chats',
  name: 'list_chat_messages',
  title: 'Read a chat transcript',
  description:
    'Reads one chat\'s messages, oldest first: author (client, attendant, system, AI), time, text, media (type, ' +
    'caption), the message replied to, WhatsApp delivery state. WhatsApp menus show as prompt and numbered choices, ' +
    `a pick as "Chose: …". Messages are cut at ${MAX_MESSAGE_LENGTH} characters.`,
  input: () => ({
    id: chatIdParam(),
    offset: offsetParam(),
    limit: z
      .number()
      .int()
      .min(1)
      .max(MAX_MESSAGES_PER_PAGE)
      .default(DEFAULT_MESSAGES_PER_PAGE)
      .describe(`Messages per page, 1 to ${MAX_MESSAGES_PER_PAGE} (default ${DEFAULT_MESSAGES_PER_PAGE}).`),
  }),
  output: () => ({ chat_id: z.number().int(), messages: z.array(messageOutput()), ...pageInfoOutput() }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const page = await tiflux
      .use(createChatsApi)
      .messages(args.id, { offset: args.offset, limit: args.limit })
      .catch((error: unknown) => {
        if (error instanceof TiFluxForbiddenError) {
          throw new ToolError(`${error.userMessage} A WhatsApp chat's messages also need the organisation's WhatsApp licence.`);
        }
        throw error;
      });
    const messages = page.items.map(messageRow);
    const info = pageInfoOf(page);
    const title = `Chat ${args.id} · messages`;
    const text = messages.length
      ? renderList({ heading: title, rows: messages.map(messageMarkdown), compactRows: messages.map(messageLine), blocks: true, info, plural: 'messages' }, verbosity)
      : info.offset > 1
        ? `# ${title}\nNo messages on page ${info.offset}: the transcript ends before it.`
        : `# ${title}\nThis chat has no messages.`;
    return { text, structured: { chat_id: args.id, messages, ...info } };
  },
});
