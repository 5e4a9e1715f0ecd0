/** Answers: messages to the client on a ticket (multipart; the text goes in the field TiFlux calls `name`). */
import type { TicketAnswer } from '../schemas/ticket-messages.js';
import type { Transport } from '../transport-types.js';
import { TiFluxInputError } from '../errors.js';
import { parseBody } from '../parse.js';
import { apiPath, ticketNumberSegment } from '../path.js';
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
}

export function createTicketAnswersApi(transport: Transport): TicketAnswersApi {
  return {
    async create(ticketNumber, input) {
      const number = ticketNumberSegment(ticketNumber);
      if (!input.text?.trim()) throw new TiFluxInputError('text', 'must not be empty.');
      const form = toFormData({ name: input.text, with_signature: input.with_signature ?? false });
      appendFiles(form, input.files);
      const action = `answer ticket #${number}`;
      const response = await transport.send({
        method: 'POST',
        path: apiPath`/tickets/${number}/answers`,
        body: { encoding: 'multipart', value: form },
        action,
        notFound: `ticket #${number}`,
      });
      return parseBody(ticketMessageSchemas().ticketAnswerSchema, response.body, action);
    },
  };
}
