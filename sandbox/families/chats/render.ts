// Chats and messages in TiFlux's JSON shapes (docs/chats-and-knowledge.md "Chats"): a chat's ticket is `{number, title}`.

import type { TenantData } from '../../data/types.js';
import type { ChatMessageRecord, ChatRecord, MessageTemplateRecord } from './records.js';

const ref = (record: { id: number; name: string } | undefined) => (record ? { id: record.id, name: record.name } : null);

export function lastClientMessage(data: TenantData, chat: ChatRecord): string | null {
  const fromClient = data.chatMessages.filter((message) => message.chat_id === chat.id && message.author_type === 'client');
  const last = fromClient[fromClient.length - 1];
  return last ? (last.text ?? last.media?.caption ?? `[${last.type}]`) : null;
}

export function renderChat(data: TenantData, chat: ChatRecord) {
  const ticket = chat.ticket_number === null ? undefined : data.tickets.find((t) => t.ticket_number === chat.ticket_number);
  return {
    id: chat.id,
    archived: chat.state === 'archived',
    canceled: chat.canceled,
    assessment: chat.assessment,
    client: ref(data.clients.find((client) => client.id === chat.client_id)),
    requestor: ref(data.requestors.find((requestor) => requestor.id === chat.requestor_id)),
    department: ref(data.departments.find((department) => department.id === chat.department_id)),
    responsible: ref(data.users.find((user) => user.id === chat.responsible_id)),
    origin: chat.origin,
    room: chat.room,
    online: chat.online,
    waiting_answer: chat.waiting_answer,
    ticket: ticket ? { number: ticket.ticket_number, title: ticket.title } : null,
    started_by: chat.started_by,
    last_client_message: lastClientMessage(data, chat),
    created_at: chat.created_at,
    updated_at: chat.updated_at,
    assumed_at: chat.assumed_at,
    finished_at: chat.finished_at,
  };
}

export function renderMessage(message: ChatMessageRecord) {
  return {
    author: { type: message.author_type, id: message.author_id, name: message.author_name },
    created_at: message.created_at,
    text: message.text,
    type: message.type,
    media: message.media,
    status: message.status,
    quoted_message: message.quoted_message,
  };
}

export function renderGupshupTemplate(template: MessageTemplateRecord) {
  return {
    id: template.id, name: template.name, status: template.status, category: template.category,
    content: template.body, description: null, integration_id: template.integration_id,
  };
}

export function renderCloudTemplate(template: MessageTemplateRecord) {
  return {
    id: template.id, name: template.name, status: template.status, language: template.language,
    category: template.category, template_id: template.meta_template_id,
    body: { type: 'BODY', text: template.body },
    header: template.header ? { type: 'HEADER', format: 'TEXT', text: template.header } : null,
    footer: template.footer ? { type: 'FOOTER', text: template.footer } : null,
    keys: { header: template.header ? ['1'] : [], body: [] },
    integration_id: template.integration_id,
  };
}
