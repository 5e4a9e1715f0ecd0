/** Answers: messages to the client on a ticket (multipart; the text goes in the field TiFlux calls `name`). */
import type { TicketAnswer } from '../schemas/ticket-messages.js';
import type { Transport } from '../transport-types.js';
import { getOne, getPage, multipart, send } from '../endpoint.js';
import { TiFluxInputError } from '../errors.js';
import type { Page, PageRequest } from '../paging.js';
import { apiPath, idSegment, ticketNumberSegment } from '../path.js';
import { toFormData } from '../query.js';
import { appendFiles, type UploadFile } from '../uploads.js';
import type { TicketNumber } from './tickets.js';
import { ticketMessageSchemas } from '../schemas/ticket-messages.js';

export interface CreateAnswerInput {
  /** The message (HTML or plain text). Sent as the multipart field `name`. */
  text: string;
  /** Append the author's signature; always sent, default false. */
  with_signature?: boolean;
  files?: UploadFile[];
}

export interface TicketAnswersApi {
  create(ticketNumber: TicketNumber, input: CreateAnswerInput): Promise<TicketAnswer>;
  /** GET /tickets/{n}/answers: oldest first; TiFlux sends no total. */
  list(ticketNumber: TicketNumber, page?: PageRequest): Promise<Page<TicketAnswer>>;
  /** GET /tickets/{n}/answers/{id}: with its files. */
  get(ticketNumber: TicketNumber, answerId: number): Promise<TicketAnswer>;
  /** DELETE /tickets/{n}/answers/{id} → 204. */
  delete(ticketNumber: TicketNumber, answerId: number): Promise<void>;
  /** DELETE /ticket_answers/{answer_id}/files/{file_id} → 204 (a root path, not under /tickets). */
  deleteFile(answerId: number, fileId: number): Promise<void>;
}

export function createTicketAnswersApi(transport: Transport): TicketAnswersApi {
  return {
    async create(ticketNumber, input) {
      const number = ticketNumberSegment(ticketNumber);
      if (!input.text?.trim()) throw new TiFluxInputError('text', 'must not be empty.');
      const form = toFormData({ name: input.text, with_signature: input.with_signature ?? false });
      appendFiles(form, input.files);
      return send(transport, {
        method: 'POST',
        path: apiPath`/tickets/${number}/answers`,
        body: multipart(form),
        schema: ticketMessageSchemas().ticketAnswerSchema,
        action: `answer ticket #${number}`,
        notFound: `ticket #${number}`,
      });
    },

    list(ticketNumber, page) {
      const number = ticketNumberSegment(ticketNumber);
      return getPage(transport, {
        path: apiPath`/tickets/${number}/answers`,
        page,
        schema: ticketMessageSchemas().ticketAnswerListSchema,
        action: `list the answers of ticket #${number}`,
        notFound: `ticket #${number}`,
      });
    },

    get(ticketNumber, answerId) {
      const number = ticketNumberSegment(ticketNumber);
      const id = idSegment(answerId, 'answer_id');
      return getOne(transport, {
        path: apiPath`/tickets/${number}/answers/${id}`,
        schema: ticketMessageSchemas().ticketAnswerSchema,
        action: `read answer ${id} of ticket #${number}`,
        notFound: `answer ${id} on ticket #${number}`,
      });
    },

    async delete(ticketNumber, answerId) {
      const number = ticketNumberSegment(ticketNumber);
      const id = idSegment(answerId, 'answer_id');
      await send(transport, {
        method: 'DELETE',
        path: apiPath`/tickets/${number}/answers/${id}`,
        action: `delete answer ${id} of ticket #${number}`,
        notFound: `answer ${id} on ticket #${number}`,
      });
    },

    async deleteFile(answerId, fileId) {
      const answer = idSegment(answerId, 'answer_id');
      const file = idSegment(fileId, 'file_id');
      await send(transport, {
        method: 'DELETE',
        path: apiPath`/ticket_answers/${answer}/files/${file}`,
        action: `delete file ${file} of answer ${answer}`,
        notFound: `file ${file} on answer ${answer}`,
      });
    },
  };
}
