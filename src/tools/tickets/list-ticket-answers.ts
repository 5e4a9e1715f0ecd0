import * as z from 'zod';
import { defineTool } from '../define-tool.js';
import { renderList } from '../format/list.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { inline } from '../format/text.js';
import { limitParam, offsetParam, ticketNumber } from '../shared/params.js';
import { ANSWER_PREVIEW_LENGTH, answerHeading, answerRow, answerRowOutput } from './answer-format.js';

export const listTicketAnswers = defineTool({
  toolset: 'tickets',
  name: 'list_ticket_answers',
  title: 'List the answers of a ticket',
  description:
    'Answers of a TiFlux ticket (the client conversation), oldest first, each with id, author, time and a ' +
    `${ANSWER_PREVIEW_LENGTH}-character preview. get_ticket_answer reads one.`,
  input: () => ({
    ticket_number: ticketNumber('Ticket number, e.g. "84429".'),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({ ticket_number: z.string(), answers: z.array(answerRowOutput()), ...pageInfoOutput() }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const page = await tiflux.ticketAnswers.list(args.ticket_number, { offset: args.offset, limit: args.limit });
    const answers = await Promise.all(page.items.map(answerRow));
    const info = pageInfoOf(page);
    const text = answers.length
      ? renderList(
          {
            heading: `Answers of ticket #${args.ticket_number}`,
            rows: answers.map((row) => `- ${answerHeading(row)}\n  ${inline(row.preview, '(no text)')}`),
            info,
            plural: 'answers',
          },
          verbosity,
        )
      : info.offset > 1
        ? `No answers on page ${info.offset} of ticket #${args.ticket_number}; they end before it.`
        : `Ticket #${args.ticket_number} has no answers yet.`;
    return { text, structured: { ticket_number: args.ticket_number, answers, ...info } };
  },
});
