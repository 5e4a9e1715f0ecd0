/** Chats (WhatsApp, web widget, campaigns): the four lists, one chat, its transcript, and the writes. */
import { getOne, getPage, given, json, send } from '../endpoint.js';
import type { Page, PageRequest } from '../paging.js';
import { apiPath, idSegment } from '../path.js';
import type { FieldValue } from '../query.js';
import type { Transport } from '../transport-types.js';
import { chatSchemas, type Chat, type ChatMessage } from '../schemas/chats.js';

/** Which of TiFlux's four chat lists: /chats/inbox, /chats/mine, /chats/in_attendance, /chats/archived. */
export type ChatListKind = 'inbox' | 'mine' | 'in_attendance' | 'archived';

/** Query filters, sent as TiFlux names them; undefined ones are left out. */
export type ChatListFilters = Record<string, FieldValue>;

export interface ChatUpdate {
  user_id?: number;
  department_id?: number;
  ticket_number?: number;
}

export interface SendMessageInput {
  number: number;
  integration_id: number;
  message?: string;
  template_id?: number;
  country_code?: string;
  name?: string;
  department_id?: number;
  ticket_number?: number;
  client_id?: number;
  parameters?: string[];
  header_parameters?: string[];
  archive?: boolean;
}

const LIST_PATHS: Record<ChatListKind, string> = {
  inbox: '/chats/inbox',
  mine: '/chats/mine',
  in_attendance: '/chats/in_attendance',
  archived: '/chats/archived',
};

const LIST_WORDS: Record<ChatListKind, string> = {
  inbox: 'list the chats in the inbox',
  mine: 'list your chats',
  in_attendance: 'list the chats in attendance',
  archived: 'list the archived chats',
};

export interface ChatsApi {
  list(kind: ChatListKind, filters: ChatListFilters, page: PageRequest): Promise<Page<Chat>>;
  get(chatId: number): Promise<Chat>;
  messages(chatId: number, page: PageRequest): Promise<Page<ChatMessage>>;
  update(chatId: number, changes: ChatUpdate): Promise<{ updated_at?: string | null } | null | undefined>;
  /** POST /chats/send_message → 201; never repeated once sent (it reaches the client's phone). */
  sendMessage(input: SendMessageInput): Promise<void>;
  /** PUT /chats/{id}/archive → 202 (TiFlux finishes the chat asynchronously). */
  archive(chatId: number, servicesCatalogsItemId?: number): Promise<void>;
}

export function createChatsApi(transport: Transport): ChatsApi {
  return {
    list: (kind, filters, page) =>
      getPage(transport, { path: LIST_PATHS[kind], query: filters, page, schema: chatSchemas().chatListSchema, action: LIST_WORDS[kind] }),

    get(chatId) {
      const id = idSegment(chatId, 'id');
      return getOne(transport, { path: apiPath`/chats/${id}`, schema: chatSchemas().chatSchema, action: `read chat ${id}`, notFound: `chat ${id}` });
    },

    messages(chatId, page) {
      const id = idSegment(chatId, 'id');
      return getPage(transport, {
        path: apiPath`/chats/${id}/messages`,
        page,
        schema: chatSchemas().messageListSchema,
        action: `read the messages of chat ${id}`,
        notFound: `chat ${id}`,
      });
    },

    update(chatId, changes) {
      const id = idSegment(chatId, 'id');
      return send(transport, {
        method: 'PUT',
        path: apiPath`/chats/${id}`,
        body: json(given({ ...changes })),
        schema: chatSchemas().chatUpdateSchema,
        action: `update chat ${id}`,
        notFound: `chat ${id}`,
      });
    },

    async sendMessage(input) {
      await send(transport, {
        method: 'POST',
        path: '/chats/send_message',
        body: json(given({ ...input })),
        action: 'send the WhatsApp message',
        notFound: 'such integration or chat route',
        retryOnlyUnsent: true,
      });
    },

    async archive(chatId, servicesCatalogsItemId) {
      const id = idSegment(chatId, 'id');
      await send(transport, {
        method: 'PUT',
        path: apiPath`/chats/${id}/archive`,
        body: json(given({ services_catalogs_item_id: servicesCatalogsItemId })),
        action: `archive chat ${id}`,
        notFound: `chat ${id}`,
        retryOnlyUnsent: true,
      });
    },
  };
}
