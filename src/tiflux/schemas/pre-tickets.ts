/** Pre-tickets: requests (mostly e-mails) waiting to become tickets (docs/chats-and-knowledge.md). */
import * as z from 'zod';
import { commonSchemas, lazySchemas } from './common.js';

function buildPreTicketSchemas() {
  const { namedRef, numericId, optionalText, textOrNumber } = commonSchemas();
  const preTicketSchema = z.looseObject({
    id: numericId,
    title: optionalText,
    description: optionalText,
    requestor_name: optionalText,
    requestor_email: optionalText,
    requestor_telephone: textOrNumber,
    client: namedRef.nullish(),
    archived: z.union([z.boolean(), z.number(), z.string()]).nullish(),
    created_at: optionalText,
  });
  return { preTicketSchema, preTicketListSchema: z.array(preTicketSchema) };
}

export const preTicketSchemas = lazySchemas(buildPreTicketSchemas);
export type PreTicket = z.output<ReturnType<typeof buildPreTicketSchemas>['preTicketSchema']>;
