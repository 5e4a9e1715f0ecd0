/** The files attached to a ticket. */
import type { TicketFile } from '../schemas/ticket-messages.js';
import type { Transport } from '../transport-types.js';
import { getOne, multipart, send } from '../endpoint.js';
import { apiPath, idSegment, ticketNumberSegment } from '../path.js';
import { appendFiles, type UploadFile } from '../uploads.js';
import type { TicketNumber } from './tickets.js';
import { ticketMessageSchemas } from '../schemas/ticket-messages.js';

export interface TicketFilesApi {
  /** GET /tickets/{n}/files: not paginated, every file at once. */
  list(ticketNumber: TicketNumber): Promise<TicketFile[]>;
  /** POST /tickets/{n}/files: multipart with only `files[]` parts. */
  upload(ticketNumber: TicketNumber, files: readonly UploadFile[]): Promise<TicketFile[]>;
  /** DELETE /tickets/{n}/files/{id} → 204. */
  delete(ticketNumber: TicketNumber, fileId: number): Promise<void>;
}

export function createTicketFilesApi(transport: Transport): TicketFilesApi {
  return {
    async list(ticketNumber) {
      const number = ticketNumberSegment(ticketNumber);
      return getOne(transport, {
        path: apiPath`/tickets/${number}/files`,
        schema: ticketMessageSchemas().ticketFileListSchema,
        action: `list the files of ticket #${number}`,
        notFound: `ticket #${number}`,
      });
    },

    upload(ticketNumber, files) {
      const number = ticketNumberSegment(ticketNumber);
      const form = new FormData();
      appendFiles(form, files);
      return send(transport, {
        method: 'POST',
        path: apiPath`/tickets/${number}/files`,
        body: multipart(form),
        schema: ticketMessageSchemas().uploadedFilesSchema,
        action: `attach files to ticket #${number}`,
        notFound: `ticket #${number}`,
      });
    },

    async delete(ticketNumber, fileId) {
      const number = ticketNumberSegment(ticketNumber);
      const id = idSegment(fileId, 'file_id');
      await send(transport, {
        method: 'DELETE',
        path: apiPath`/tickets/${number}/files/${id}`,
        action: `delete file ${id} of ticket #${number}`,
        notFound: `file ${id} on ticket #${number}`,
      });
    },
  };
}
