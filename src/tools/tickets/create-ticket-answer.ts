import * as z from 'zod';
import { defineTool } from '../define-tool.js';
import { markdownToHtml } from '../../text/markdown.js';
import { formatDateTime, inline } from '../format/text.js';
import { filesBase64Param, legacyFilesParam } from '../shared/attachments.js';
import { textParam, ticketNumber } from '../shared/params.js';

export const ANSWER_MAX_LENGTH = 100_000;

export const createTicketAnswer = defineTool({
  toolset: 'tickets',
  name: 'create_ticket_answer',
  title: 'Answer the client on a ticket',
  description:
    'Sends an answer on a TiFlux ticket: a message the CLIENT sees (and is e-mailed about). For a note only ' +
    'attendants see, use create_internal_communication instead. text is plain text (line breaks are kept) or ' +
    'HTML. with_signature appends your TiFlux signature. Attach files with files_base64: up to 10 files, at most ' +
    '3.5 MiB decoded for all of them together, each { filename, content } with content in base64. Local file ' +
    'paths (files) cannot be read by this remote server. Not idempotent: calling it twice sends two answers. ' +
    'Ticket numbers come from list_tickets.',
  input: () => ({
    ticket_number: ticketNumber(),
    text: textParam('The message to the client.', ANSWER_MAX_LENGTH),
    with_signature: z.boolean().default(false).describe('Append your TiFlux signature (default false).'),
    files_base64: filesBase64Param(),
    files: legacyFilesParam(),
  }),
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  async run(args, { tiflux }) {
    const answer = await tiflux.ticketAnswers.create(args.ticket_number, {
      text: await markdownToHtml(args.text),
      with_signature: args.with_signature,
      files: args.files_base64,
    });
    const author = typeof answer.author === 'string' ? answer.author : answer.author?.name;
    const files = args.files_base64 ?? [];
    const lines = [
      `Answer ${answer.id} sent to the client on ticket **#${args.ticket_number}**.`,
      `- Author: ${inline(author)} · Sent: ${formatDateTime(answer.answer_time)}`,
      `- Signature: ${args.with_signature ? 'yes' : 'no'}`,
      files.length ? `- Attached: ${files.map((file) => file.filename).join(', ')}` : undefined,
    ];
    return { text: lines.filter(Boolean).join('\n') };
  },
});
