import * as z from 'zod';
import { TiFluxForbiddenError } from '../../tiflux/client.js';
import { defineTool } from '../define-tool.js';
import { inline, truncate } from '../format/text.js';
import { recordIdParam } from '../shared/record-id.js';
import { ticketNumber } from '../shared/params.js';
import { deletionOutput, ensureTicketExists, goneText, unlessNotFound } from '../tickets/deletion.js';
import { ToolError } from '../tool-error.js';
import { communicationRow } from './format.js';

export const deleteInternalCommunication = defineTool({
  toolset: 'tickets',
  name: 'delete_internal_communication',
  title: 'Delete an internal note',
  description:
    'Deletes one internal note of a TiFlux ticket with its files; cannot be undone. Says which went; a repeat says ' +
    'it is already gone.',
  input: () => ({
    ticket_number: ticketNumber('Ticket number, e.g. "84429".'),
    communication_id: recordIdParam('Note id.', 'list_internal_communications'),
  }),
  output: () => ({
    ticket_number: z.string(),
    communication_id: z.number().int(),
    ...deletionOutput(),
    author: z.string().nullable(),
  }),
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const base = { ticket_number: args.ticket_number, communication_id: args.communication_id };
    const note = await unlessNotFound(() => tiflux.internalCommunications.get(args.ticket_number, args.communication_id));
    if (!note) {
      await ensureTicketExists(tiflux, args.ticket_number);
      return {
        text: goneText(`Internal communication ${args.communication_id}`, `ticket #${args.ticket_number}`),
        structured: { ...base, deleted: false, already_gone: true, author: null },
      };
    }
    try {
      await tiflux.internalCommunications.delete(args.ticket_number, args.communication_id);
    } catch (error) {
      if (error instanceof TiFluxForbiddenError && error.errorCode !== 40304) {
        throw new ToolError(
          `TiFlux refused to delete internal communication ${args.communication_id} on ticket #${args.ticket_number} ` +
            '(HTTP 403): only its author or an admin may delete it. Nothing was changed.',
        );
      }
      throw error;
    }
    const row = await communicationRow(note);
    return {
      text:
        `Deleted internal communication ${row.id} from ticket **#${args.ticket_number}**: by ${inline(row.author)}, ` +
        `${inline(row.created_at)} — "${inline(truncate(row.text, 120), '(no text)')}".`,
      structured: { ...base, deleted: true, already_gone: false, author: row.author },
    };
  },
});
