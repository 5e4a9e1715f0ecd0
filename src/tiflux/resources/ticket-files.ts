/** The files attached to a ticket. */
import type { TicketFile } from '../schemas/ticket-messages.js';
import type { Transport } from '../transport-types.js';
import { parseBody } from '../parse.js';
import { apiPath, ticketNumberSegment } from '../path.js';
import type { TicketNumber } from './tickets.js';
import { ticketMessageSchemas } from '../schemas/ticket-messages.js';


export interface TicketFilesApi {
  /** GET /tickets/{n}/files: not paginated, every file at once. */
  list(ticketNumber: TicketNumber): Promise<TicketFile[]>;
}

export function createTicketFilesApi(transport: Transport): TicketFilesApi {
  return {
    async list(ticketNumber) {
      const number = ticketNumberSegment(ticketNumber);
      const action = `list the files of ticket #${number}`;
      const response = await transport.send({
        method: 'GET',
        path: apiPath`/tickets/${number}/files`,
        action,
        notFound: `ticket #${number}`,
      });
      return parseBody(ticketMessageSchemas().ticketFileListSchema, response.body, action);
    },
  };
}
