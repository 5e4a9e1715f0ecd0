/** Internal communications: notes between attendants on a ticket, never shown to the client. */
import type { InternalCommunication } from '../schemas/ticket-messages.js';
import type { Transport } from '../transport-types.js';
import { getOne, getPage, json, multipart, send } from '../endpoint.js';
import { TiFluxInputError } from '../errors.js';
import type { Page, PageRequest } from '../paging.js';
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
    async list(ticketNumber, page) {
      const number = ticketNumberSegment(ticketNumber);
      return getPage(transport, {
        path: apiPath`/tickets/${number}/internal_communications`,
        page,
        schema: ticketMessageSchemas().internalCommunicationListSchema,
        action: `list the internal communications of ticket #${number}`,
        notFound: `ticket #${number}`,
      });
    },

    async get(ticketNumber, communicationId) {
      const number = ticketNumberSegment(ticketNumber);
      const id = idSegment(communicationId, 'communication_id');
      return getOne(transport, {
        path: apiPath`/tickets/${number}/internal_communications/${id}`,
        schema: ticketMessageSchemas().internalCommunicationSchema,
        action: `read internal communication ${id} of ticket #${number}`,
        notFound: `internal communication ${id} on ticket #${number}`,
      });
    },

    async create(ticketNumber, input) {
      const number = ticketNumberSegment(ticketNumber);
      if (!input.text?.trim()) throw new TiFluxInputError('text', 'must not be empty.');
      const form = toFormData({ text: input.text });
      appendFiles(form, input.files);
      return send(transport, {
        method: 'POST',
        path: apiPath`/tickets/${number}/internal_communications`,
        body: multipart(form),
        schema: ticketMessageSchemas().internalCommunicationSchema,
        action: `add an internal communication to ticket #${number}`,
        notFound: `ticket #${number}`,
      });
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
