/** GET /reports/feedbacks/chats: chat satisfaction (CSAT) for one period. */
import { getOne } from '../endpoint.js';
import type { FieldValue } from '../query.js';
import type { Transport } from '../transport-types.js';
import { chatSchemas, type ChatFeedbackReport } from '../schemas/chats.js';

export interface ChatFeedbackReportApi {
  read(query: Record<string, FieldValue>): Promise<ChatFeedbackReport>;
}

export function createChatFeedbackReportApi(transport: Transport): ChatFeedbackReportApi {
  return {
    read: (query) =>
      getOne(transport, {
        path: '/reports/feedbacks/chats',
        query,
        schema: chatSchemas().chatFeedbackReportSchema,
        action: 'read the chat satisfaction report',
      }),
  };
}
