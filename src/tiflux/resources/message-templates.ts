/** WhatsApp message templates (HSM) of the organisation's Gupshup and WhatsApp Cloud integrations. */
import { getPage } from '../endpoint.js';
import type { Page, PageRequest } from '../paging.js';
import type { Transport } from '../transport-types.js';
import { chatSchemas, type CloudTemplate, type GupshupTemplate } from '../schemas/chats.js';

export interface MessageTemplatesApi {
  gupshup(filters: { integration_id?: number }, page: PageRequest): Promise<Page<GupshupTemplate>>;
  whatsappCloud(filters: { integration_id?: number; status?: string }, page: PageRequest): Promise<Page<CloudTemplate>>;
}

export function createMessageTemplatesApi(transport: Transport): MessageTemplatesApi {
  return {
    gupshup: (filters, page) =>
      getPage(transport, {
        path: '/templates/gupshup',
        query: { ...filters },
        page,
        schema: chatSchemas().gupshupTemplateListSchema,
        action: 'list the Gupshup message templates',
      }),
    whatsappCloud: (filters, page) =>
      getPage(transport, {
        path: '/templates/whatsapp_cloud',
        query: { ...filters },
        page,
        schema: chatSchemas().cloudTemplateListSchema,
        action: 'list the WhatsApp Cloud message templates',
      }),
  };
}
