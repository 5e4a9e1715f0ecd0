/** Chats, their messages, WhatsApp message templates and the chat satisfaction report (docs/chats-and-knowledge.md). */
import * as z from 'zod';
import { commonSchemas, lazySchemas } from './common.js';

function buildChatSchemas() {
  const { looseBoolean, namedRef, numericId, optionalText, textOrNumber } = commonSchemas();

  /** A chat's ticket: TiFlux calls the number `number` here, not `ticket_number`. */
  const chatTicket = z.looseObject({ number: textOrNumber, title: optionalText });

  const chatSchema = z.looseObject({
    id: numericId,
    archived: looseBoolean,
    canceled: looseBoolean,
    /** Satisfaction score 1–5, when the client rated the chat. */
    assessment: z.union([z.number(), z.string()]).nullish(),
    client: namedRef.nullish(),
    requestor: namedRef.nullish(),
    department: namedRef.nullish(),
    responsible: namedRef.nullish(),
    origin: optionalText,
    room: textOrNumber,
    online: looseBoolean,
    waiting_answer: looseBoolean,
    ticket: chatTicket.nullish(),
    started_by: optionalText,
    last_client_message: optionalText,
    created_at: optionalText,
    updated_at: optionalText,
    assumed_at: optionalText,
    finished_at: optionalText,
  });

  const messageSchema = z.looseObject({
    author: z.looseObject({ type: optionalText, id: numericId.nullish(), name: optionalText }).nullish(),
    created_at: optionalText,
    text: optionalText,
    type: optionalText,
    media: z.looseObject({ content_type: optionalText, caption: optionalText, url: optionalText }).nullish(),
    status: z
      .looseObject({ sent: looseBoolean, delivered: looseBoolean, read: looseBoolean, failed: looseBoolean })
      .nullish(),
    quoted_message: z.looseObject({ text: optionalText, type: optionalText }).nullish(),
  });

  const chatUpdateSchema = z.looseObject({ updated_at: optionalText }).nullish();

  const gupshupTemplateSchema = z.looseObject({
    id: numericId,
    name: optionalText,
    status: optionalText,
    category: optionalText,
    /** The body, with {{1}}, {{2}}… variables. */
    content: optionalText,
    description: optionalText,
    integration_id: numericId.nullish(),
  });

  const cloudTemplateSchema = z.looseObject({
    id: numericId,
    name: optionalText,
    status: optionalText,
    language: optionalText,
    category: optionalText,
    /** Meta's own id of the template. */
    template_id: textOrNumber,
    body: z.looseObject({ type: optionalText, text: optionalText }).nullish(),
    header: z.unknown().optional(),
    footer: z.unknown().optional(),
    keys: z.looseObject({ header: z.unknown().optional(), body: z.unknown().optional() }).nullish(),
    integration_id: numericId.nullish(),
  });

  const feedbackSummary = z.looseObject({
    rating_average: z.union([z.number(), z.string()]).nullish(),
    chats_evaluated: z.number().nullish(),
    chats_finished: z.number().nullish(),
    clients_evaluated: z.number().nullish(),
    answers_percentage: z.union([z.number(), z.string()]).nullish(),
  });

  const chatFeedbackReportSchema = z.looseObject({
    summary: feedbackSummary.nullish(),
    // The original tolerated the summary keys at the top level too.
    rating_average: z.union([z.number(), z.string()]).nullish(),
    chats_evaluated: z.number().nullish(),
    chats_finished: z.number().nullish(),
    clients_evaluated: z.number().nullish(),
    answers_percentage: z.union([z.number(), z.string()]).nullish(),
    chats_list: z
      .array(
        z.looseObject({
          id: numericId,
          client_name: optionalText,
          responsible_name: optionalText,
          rating: z.union([z.number(), z.string()]).nullish(),
          rating_time: optionalText,
          ticket_number: textOrNumber,
        }),
      )
      .nullish(),
  });

  return {
    chatSchema,
    chatListSchema: z.array(chatSchema),
    messageListSchema: z.array(messageSchema),
    chatUpdateSchema,
    gupshupTemplateListSchema: z.array(gupshupTemplateSchema),
    cloudTemplateListSchema: z.array(cloudTemplateSchema),
    chatFeedbackReportSchema,
  };
}

export const chatSchemas = lazySchemas(buildChatSchemas);

type Schemas = ReturnType<typeof buildChatSchemas>;
export type Chat = z.output<Schemas['chatSchema']>;
export type ChatMessage = z.output<Schemas['messageListSchema']>[number];
export type GupshupTemplate = z.output<Schemas['gupshupTemplateListSchema']>[number];
export type CloudTemplate = z.output<Schemas['cloudTemplateListSchema']>[number];
export type ChatFeedbackReport = z.output<Schemas['chatFeedbackReportSchema']>;
