import * as z from 'zod';
import { defineTool } from '../define-tool.js';
import { humanSize, inline } from '../format/text.js';
import { recordIdParam } from '../shared/record-id.js';
import { ticketNumber } from '../shared/params.js';
import { deletionOutput, goneText } from './deletion.js';

export const deleteTicketFile = defineTool({
  toolset: 'tickets',
  name: 'delete_ticket_file',
  title: 'Delete a file of a ticket',
  description:
    'Deletes one file of a TiFlux ticket; cannot be undone. Names the file that went; a repeat says it is already ' +
    'gone. file_id from get_ticket_files.',
  input: () => ({
    ticket_number: ticketNumber('Ticket number, e.g. "84429".'),
    file_id: recordIdParam('File id.', 'get_ticket_files'),
  }),
  output: () => ({
    ticket_number: z.string(),
    file_id: z.number().int(),
    ...deletionOutput(),
    name: z.string().nullable(),
  }),
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const base = { ticket_number: args.ticket_number, file_id: args.file_id };
    // The file list also answers "does the ticket exist" (404 otherwise), in one call.
    const file = (await tiflux.ticketFiles.list(args.ticket_number)).find((candidate) => candidate.id === args.file_id);
    if (!file) {
      return {
        text: goneText(`File ${args.file_id}`, `ticket #${args.ticket_number}`) + ' get_ticket_files lists the files it has.',
        structured: { ...base, deleted: false, already_gone: true, name: null },
      };
    }
    await tiflux.ticketFiles.delete(args.ticket_number, args.file_id);
    const name = file.name ?? file.file_name ?? null;
    return {
      text: `Deleted file **${inline(name, '(no name)')}** (file_id ${args.file_id}, ${humanSize(file.size)}) from ticket **#${args.ticket_number}**.`,
      structured: { ...base, deleted: true, already_gone: false, name },
    };
  },
});
