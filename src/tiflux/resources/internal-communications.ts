/** Internal communications: notes between attendants on a ticket, never shown to the client. */
import type { InternalCommunication } from '../schemas/ticket-messages.js';
import type { Transport } from '../transport-types.js';
import { json, send } from '../endpoint.js';
import { TiFluxInputError } from '../errors.js';
import { addPageParams, settleHasMore, toPage, type Page, type PageRequest } from '../paging.js';
import { parseBody } from '../parse.js';
import { apiPath, idSegment, ticketNumberSegment } from '../path.js';
import { toFormData } from '../query.js';
import { appendFiles, type UploadFile } from '../uploads.js';
import type { TicketNumber } from './tickets.js';
import { ticketMessageSchemas } from '../schemas/ticket-messages.js';


export interface CreateInternalCommunicationInput {
  /** Sent as the multipart field `text` (multipart even without files, as TiFlux expects). */
  text: string;
  files?: UploadFile[];
}

export interface InternalCommunicationsApi {
  list(ticketNumber: TicketNumber, page?: PageRequest): Promise<Page<InternalCommunication>>;
  get(ticketNumber: TicketNumber, communicationId: number | string): Promise<InternalCommunication>;
  create(ticketNumber: TicketNumber, input: CreateInternalCommunicationInput): Promise<InternalCommunication>;
  /** PUT …/internal_communications/{id}, JSON `{text}` (HTML). Only the author may edit. */
  update(ticketNumber: TicketNumber, communicationId: number, text: string): Promise<InternalCommunication>;
  /** DELETE …/internal_communications/{id} → 204. */
  delete(ticketNumber: TicketNumber, communicationId: number): Promise<void>;
}

export function createInternalCommunicationsApi(transport: Transport): InternalCommunicationsApi {
  return {
    async list(ticketNumber, pageRequest) {
      const number = ticketNumberSegment(ticketNumber);
      const query = new URLSearchParams();
      const page = addPageParams(query, pageRequest);
      const action = `list the internal communications of ticket #${number}`;
      const response = await transport.send({
        method: 'GET',
        path: apiPath`/tickets/${number}/internal_communications`,
        query,
        action,
        notFound: `ticket #${number}`,
      });
      const items = parseBody(ticketMessageSchemas().internalCommunicationListSchema, response.body, action);
      return settleHasMore(toPage(items, page, response.totalItems), transport, response.request);
    },

    async get(ticketNumber, communicationId) {
      const number = ticketNumberSegment(ticketNumber);
      const id = idSegment(communicationId, 'communication_id');
      const action = `read internal communication ${id} of ticket #${number}`;
      const response = await transport.send({
        method: 'GET',
        path: apiPath`/tickets/${number}/internal_communications/${id}`,
        action,
        notFound: `internal communication ${id} on ticket #${number}`,
      });
      return parseBody(ticketMessageSchemas().internalCommunicationSchema, response.body, action);
    },

    async create(ticketNumber, input) {
      const number = ticketNumberSegment(ticketNumber);
      if (!input.text?.trim()) throw new TiFluxInputError('text', 'must not be empty.');
      const form = toFormData({ text: input.text });
      appendFiles(form, input.files);
      const action = `add an internal communication to ticket #${number}`;
      const response = await transport.send({
        method: 'POST',
        path: apiPath`/tickets/${number}/internal_communications`,
        body: { encoding: 'multipart', value: form },
        action,
        notFound: `ticket #${number}`,
      });
      return parseBody(ticketMessageSchemas().internalCommunicationSchema, response.body, action);
    },

    update(ticketNumber, communicationId, text) {
      const number = ticketNumberSegment(ticketNumber);
      const id = idSegment(communicationId, 'communication_id');
      if (!text.trim()) throw new TiFluxInputError('text', 'must not be empty.');
      return send(transport, {
        method: 'PUT',
        path: apiPath`/tickets/${number}/internal_communications/${id}`,
        body: json({ text }),
        schema: ticketMessageSchemas().internalCommunicationSchema,
        action: `edit internal communication ${id} of ticket #${number}`,
        notFound: `internal communication ${id} on ticket #${number}`,
      });
    },

    async delete(ticketNumber, communicationId) {
      const number = ticketNumberSegment(ticketNumber);
      const id = idSegment(communicationId, 'communication_id');
      await send(transport, {
        method: 'DELETE',
        path: apiPath`/tickets/${number}/internal_communications/${id}`,
        action: `delete internal communication ${id} of ticket #${number}`,
        notFound: `internal communication ${id} on ticket #${number}`,
      });
    },
  };
}
