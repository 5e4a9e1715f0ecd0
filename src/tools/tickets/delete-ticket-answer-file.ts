import * as z from 'zod';
import { defineTool } from '../define-tool.js';
import { recordIdParam } from '../shared/record-id.js';
import { deletionOutput, goneText, unlessNotFound } from './deletion.js';

export const deleteTicketAnswerFile = defineTool({
  toolset: 'tickets',
  name: 'delete_ticket_answer_file',
  title: 'Delete a file from an answer',
  description:
    'Removes one file from an answer; the answer stays. Cannot be undone; a repeat says it is already gone. ' +
    'file_id from get_ticket_answer.',
  input: () => ({
    answer_id: recordIdParam('Answer id.', 'list_ticket_answers'),
    file_id: recordIdParam('File id.', 'get_ticket_answer'),
  }),
  output: () => ({ answer_id: z.number().int(), file_id: z.number().int(), ...deletionOutput() }),
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const base = { answer_id: args.answer_id, file_id: args.file_id };
    // TiFlux's path has no ticket number, so there is nothing to read first: a 404 means the file (or the answer)
    // is not there, which for a repeated call is the expected outcome.
    const done = await unlessNotFound(async () => {
      await tiflux.ticketAnswers.deleteFile(args.answer_id, args.file_id);
      return true;
    });
    if (!done) {
      return {
        text: goneText(`File ${args.file_id}`, `answer ${args.answer_id}`),
        structured: { ...base, deleted: false, already_gone: true },
      };
    }
    return {
      text: `Deleted file ${args.file_id} from answer ${args.answer_id}. The answer itself is unchanged.`,
      structured: { ...base, deleted: true, already_gone: false },
    };
  },
});
