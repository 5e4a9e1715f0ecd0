/** Pre-tickets: list, and create (always multipart, with optional `files[]`). */
import { getPage, multipart, send } from '../endpoint.js';
import type { Page, PageRequest } from '../paging.js';
import { toFormData, type FieldValue } from '../query.js';
import type { Transport } from '../transport-types.js';
import { appendFiles, type UploadFile } from '../uploads.js';
import { preTicketSchemas, type PreTicket } from '../schemas/pre-tickets.js';

export interface PreTicketFilters {
  archived?: boolean;
  client_id?: number;
  created_after?: string;
  created_before?: string;
  include_description?: boolean;
}

export interface CreatePreTicketInput {
  title: string;
  description: string;
  requestor_name: string;
  requestor_email: string;
  requestor_telephone: string;
  requestor_ramal?: number;
  requestor_country?: string;
  client_id?: number;
  files?: UploadFile[];
}

export interface PreTicketsApi {
  list(filters: PreTicketFilters, page: PageRequest): Promise<Page<PreTicket>>;
  create(input: CreatePreTicketInput): Promise<PreTicket>;
}

export function createPreTicketsApi(transport: Transport): PreTicketsApi {
  return {
    list: (filters, page) =>
      getPage(transport, {
        path: '/pre-tickets',
        query: { ...filters } as Record<string, FieldValue>,
        page,
        schema: preTicketSchemas().preTicketListSchema,
        action: 'list pre-tickets',
      }),

    create(input) {
      const { files, ...fields } = input;
      // TiFlux takes this endpoint as multipart only, even without files.
      const form = toFormData(fields);
      appendFiles(form, files);
      return send(transport, {
        method: 'POST',
        path: '/pre-tickets',
        body: multipart(form),
        schema: preTicketSchemas().preTicketSchema,
        action: 'create the pre-ticket',
      });
    },
  };
}
