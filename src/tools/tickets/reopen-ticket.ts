import * as z from 'zod';
import { TiFluxValidationError } from '../../tiflux/client.js';
import { createTicketRecordsApi } from '../../tiflux/resources/ticket-records.js';
import { defineTool } from '../define-tool.js';
import { inline } from '../format/text.js';
import { textParam, ticketNumber } from '../shared/params.js';
import { ToolError } from '../tool-error.js';

export const reopenTicket = defineTool({
  toolset: 'tickets',
  name: 'reopen_ticket',
  title: 'Reopen a ticket',
  description:
    'Reopens a closed TiFlux ticket. disapproval_reason is required for tickets pending the client\'s review; ' +
    'billed tickets cannot reopen.',
  input: () => ({
    ticket_number: ticketNumber('Ticket number, e.g. "84429".'),
    disapproval_reason: textParam('Why the ticket is reopened; required by TiFlux for tickets pending review.', 5_000).optional(),
  }),
  output: () => ({ ticket_number: z.string(), reopened: z.boolean(), message: z.string().nullable() }),
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  async run(args, { tiflux }) {
    let answer;
    try {
      answer = await tiflux.use(createTicketRecordsApi).reopen(args.ticket_number, args.disapproval_reason);
    } catch (error) {
      if (error instanceof TiFluxValidationError) {
        const said = error.details.flatMap((detail) => detail.messages).join('; ');
        throw new ToolError(
          `TiFlux would not reopen ticket #${args.ticket_number}${said ? `: "${inline(said)}"` : ''}. Known causes: ` +
            'the ticket is not closed (only closed tickets reopen), it has been billed, or it is pending review and ' +
            'needs a disapproval_reason. Nothing was changed.',
        );
      }
      throw error;
    }
    const message = answer.message ?? null;
    return {
      text: `Ticket **#${args.ticket_number}** reopened.${message ? ` TiFlux said: "${inline(message)}".` : ''}` +
        (args.disapproval_reason ? `\n- Reason: ${inline(args.disapproval_reason)}` : ''),
      structured: { ticket_number: args.ticket_number, reopened: true, message },
    };
  },
});
