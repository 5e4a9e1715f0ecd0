import * as z from 'zod';
import { TiFluxForbiddenError } from '../../tiflux/client.js';
import { markdownToHtml } from '../../text/markdown.js';
import { defineTool } from '../define-tool.js';
import { inline, truncate } from '../format/text.js';
import { recordIdParam } from '../shared/record-id.js';
import { textParam, ticketNumber } from '../shared/params.js';
import { ToolError } from '../tool-error.js';
import { communicationRow } from './format.js';

const NOTE_MAX_LENGTH = 100_000;

export const updateInternalCommunication = defineTool({
  toolset: 'tickets',
  name: 'update_internal_communication',
  title: 'Edit an internal note',
  description:
    'Replaces the text of an internal note (Markdown or HTML). Only its author may edit it. Id from ' +
    'list_internal_communications.',
  input: () => ({
    ticket_number: ticketNumber('Ticket number, e.g. "84429".'),
    communication_id: recordIdParam('Note id.', 'list_internal_communications'),
    text: textParam('The new text of the note, in Markdown (or HTML). Replaces the old text entirely.', NOTE_MAX_LENGTH),
  }),
  output: () => ({ ticket_number: z.string(), communication_id: z.number().int(), text: z.string(), updated_at: z.string().nullable() }),
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    let note;
    try {
      note = await tiflux.internalCommunications.update(args.ticket_number, args.communication_id, await markdownToHtml(args.text));
    } catch (error) {
      if (error instanceof TiFluxForbiddenError && error.errorCode !== 40304) {
        throw new ToolError(
          `TiFlux refused to edit internal communication ${args.communication_id} on ticket #${args.ticket_number} ` +
            '(HTTP 403): only the author of a note may edit it. Nothing was changed; add a new note with ' +
            'create_internal_communication instead.',
        );
      }
      throw error;
    }
    const row = await communicationRow(note);
    return {
      text: `Internal communication ${row.id} on ticket **#${args.ticket_number}** now reads: "${inline(truncate(row.text, 200), '(no text)')}"`,
      structured: { ticket_number: args.ticket_number, communication_id: row.id, text: row.text, updated_at: note.updated_at ?? null },
    };
  },
});
