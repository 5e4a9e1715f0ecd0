import * as z from 'zod';
import { defineTool } from '../define-tool.js';
import { inline, truncate } from '../format/text.js';
import { recordIdParam } from '../shared/record-id.js';
import { ticketNumber } from '../shared/params.js';
import { answerRow } from './answer-format.js';
import { deletionOutput, ensureTicketExists, goneText, unlessNotFound } from './deletion.js';

export const deleteTicketAnswer = defineTool({
  toolset: 'tickets',
  name: 'delete_ticket_answer',
  title: 'Delete an answer of a ticket',
  description:
    'Deletes one answer of a TiFlux ticket with its files; cannot be undone. Says which went; a repeat says it is ' +
    'already gone. answer_id from list_ticket_answers.',
  input: () => ({
    ticket_number: ticketNumber('Ticket number, e.g. "84429".'),
    answer_id: recordIdParam('Answer id.', 'list_ticket_answers'),
  }),
  output: () => ({
    ticket_number: z.string(),
    answer_id: z.number().int(),
    ...deletionOutput(),
    author: z.string().nullable(),
    answer_time: z.string().nullable(),
  }),
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const base = { ticket_number: args.ticket_number, answer_id: args.answer_id };
    const answer = await unlessNotFound(() => tiflux.ticketAnswers.get(args.ticket_number, args.answer_id));
    if (!answer) {
      await ensureTicketExists(tiflux, args.ticket_number);
      return {
        text: goneText(`Answer ${args.answer_id}`, `ticket #${args.ticket_number}`),
        structured: { ...base, deleted: false, already_gone: true, author: null, answer_time: null },
      };
    }
    await tiflux.ticketAnswers.delete(args.ticket_number, args.answer_id);
    const row = await answerRow(answer);
    const files = row.files_count ? ` and its ${row.files_count} file${row.files_count === 1 ? '' : 's'}` : '';
    return {
      text:
        `Deleted answer ${row.id}${files} from ticket **#${args.ticket_number}**: by ${inline(row.author)}, ` +
        `${inline(row.answer_time)} — "${inline(truncate(row.preview, 120), '(no text)')}".`,
      structured: { ...base, deleted: true, already_gone: false, author: row.author, answer_time: row.answer_time },
    };
  },
});
