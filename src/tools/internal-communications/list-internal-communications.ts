import * as z from 'zod';
import { defineTool } from '../define-tool.js';
import { renderList } from '../format/list.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { limitParam, offsetParam, ticketNumber } from '../shared/params.js';
import { communicationPreview, communicationRow, communicationShape, PREVIEW_LENGTH, previewRow } from './format.js';

export const listInternalCommunications = defineTool({
  toolset: 'tickets',
  name: 'list_internal_communications',
  title: 'List the internal notes of a ticket',
  description:
    'Lists the internal communications of a TiFlux ticket (notes between attendants, hidden from the client): ' +
    `id, author, date, number of files and the first ${PREVIEW_LENGTH} characters of each. For one note in full, ` +
    'call get_internal_communication with its id. Paging: limit (1–200, default 20), offset (next page: ' +
    'offset + 1). Ticket numbers come from list_tickets.',
  input: () => ({
    ticket_number: ticketNumber(),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({
    ticket_number: z.string(),
    communications: z.array(
      z.object({
        ...communicationShape(),
        text: z.string().describe(`The first ${PREVIEW_LENGTH} characters, as plain text (get_internal_communication reads it all).`),
        text_chars: z.number().int().describe('Length of the whole text, in characters.'),
      }),
    ),
    ...pageInfoOutput(),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const page = await tiflux.internalCommunications.list(args.ticket_number, { offset: args.offset, limit: args.limit });
    const communications = (await Promise.all(page.items.map(communicationRow))).map(previewRow);
    const info = pageInfoOf(page);
    const text = communications.length
      ? renderList(
          {
            heading: `Internal communications of ticket #${args.ticket_number}`,
            rows: communications.map(communicationPreview),
            info,
            plural: 'notes',
          },
          verbosity,
        )
      : info.offset > 1
        ? `No internal communications on page ${info.offset} of ticket #${args.ticket_number}; they end before it.`
        : `Ticket #${args.ticket_number} has no internal communications.`;
    return { text, structured: { ticket_number: args.ticket_number, communications, ...info } };
  },
});
