import * as z from 'zod';
import { htmlToMarkdown } from '../../text/markdown.js';
import { defineTool } from '../define-tool.js';
import { recordIdParam } from '../shared/record-id.js';
import { ticketNumber } from '../shared/params.js';
import { answerFileOutput, answerFiles, answerHeading, answerRow, answerRowOutput } from './answer-format.js';

/** Longest answer text returned in one result (the rest is cut, with a note). */
export const MAX_ANSWER_TEXT = 20_000;

export const getTicketAnswer = defineTool({
  toolset: 'tickets',
  name: 'get_ticket_answer',
  title: 'Read one answer of a ticket',
  description:
    'One answer of a TiFlux ticket in full (Markdown, long texts cut with a note), with its files and their ids ' +
    '(for delete_ticket_answer_file). answer_id from list_ticket_answers.',
  input: () => ({
    ticket_number: ticketNumber('Ticket number, e.g. "84429".'),
    answer_id: recordIdParam('Answer id.', 'list_ticket_answers'),
  }),
  output: () => ({
    ticket_number: z.string(),
    answer: answerRowOutput(),
    text: z.string().describe('The whole answer as Markdown (cut when very long; see text_truncated).'),
    text_truncated: z.boolean(),
    files: z.array(answerFileOutput()),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const answer = await tiflux.ticketAnswers.get(args.ticket_number, args.answer_id);
    const row = await answerRow(answer);
    const full = await htmlToMarkdown(answer.name);
    const truncated = full.length > MAX_ANSWER_TEXT;
    const body = truncated ? full.slice(0, MAX_ANSWER_TEXT) : full;
    const files = answerFiles(answer);
    const lines = [`# Answer ${row.id} on ticket #${args.ticket_number}`, answerHeading(row), '', body || '(no text)'];
    if (truncated) {
      lines.push('', `[Cut at ${MAX_ANSWER_TEXT.toLocaleString('en')} of ${full.length.toLocaleString('en')} characters; the rest is visible in TiFlux.]`);
    }
    if (files.length) {
      lines.push('', '## Files');
      for (const file of files) {
        lines.push(`- ${file.name ?? '(no name)'} (file_id ${file.id ?? '—'}) · ${file.content_type ?? 'type unknown'} · ${file.size}${file.url ? `\n  ${file.url}` : ''}`);
      }
    }
    return {
      text: lines.join('\n'),
      structured: { ticket_number: args.ticket_number, answer: row, text: body, text_truncated: truncated, files },
    };
  },
});
