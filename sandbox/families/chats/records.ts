// Chats (WhatsApp, web widget, campaigns), their messages, the WhatsApp integrations and their message templates.

export type ChatOrigin = 'chat' | 'site_widget' | 'campaign' | 'whatsapp' | 'whatsapp_web' | 'gupshup' | 'whatsapp_cloud';
export type ChatState = 'inbox' | 'in_attendance' | 'archived';
export type AttendanceStatus = 'waiting_client' | 'waiting_attendance' | 'triage';

export interface ChatIntegrationRecord {
  id: number;
  type: 'gupshup' | 'whatsapp_cloud';
  name: string;
}

export interface ChatRecord {
  id: number;
  origin: ChatOrigin;
  started_by: 'Client' | 'Attendant' | 'Campaign' | 'API';
  /** The client's WhatsApp number (digits) or null for web chats. */
  number: string | null;
  client_id: number | null;
  requestor_id: number | null;
  department_id: number | null;
  responsible_id: number | null;
  state: ChatState;
  attendance_status: AttendanceStatus | null;
  canceled: boolean;
  /** 1–5 when the client rated the finished chat. */
  assessment: number | null;
  rating_time: string | null;
  room: string;
  online: boolean;
  waiting_answer: boolean;
  ticket_number: number | null;
  services_catalogs_item_id: number | null;
  created_at: string;
  updated_at: string;
  assumed_at: string | null;
  finished_at: string | null;
}

export interface ChatMessageRecord {
  id: number;
  chat_id: number;
  author_type: 'client' | 'attendant' | 'system' | 'ai';
  author_id: number | null;
  author_name: string;
  created_at: string;
  /** Interactive menus are stored as the JSON text WhatsApp delivers. */
  text: string | null;
  type: 'text' | 'image' | 'audio' | 'document' | 'video' | 'interactive' | 'template';
  media: { content_type: string; caption: string | null; url: string } | null;
  status: { sent: boolean; delivered: boolean; read: boolean; failed: boolean } | null;
  quoted_message: { text: string | null; type: string } | null;
}

export interface MessageTemplateRecord {
  id: number;
  provider: 'gupshup' | 'whatsapp_cloud';
  integration_id: number;
  name: string;
  /** Gupshup: APPROVED/REJECTED/PENDING; Cloud: APPROVED/MISSING_VARS/REJECTED/PENDING. */
  status: string;
  category: string;
  language: string;
  /** Body with {{n}} variables. */
  body: string;
  /** WhatsApp Cloud only: a text header, possibly with variables. */
  header: string | null;
  footer: string | null;
  meta_template_id: string | null;
}

export interface ChatSettingsRecord {
  /** "Usar catálogo de serviços no chat": archiving needs a catalogue item. */
  require_catalog_item_on_archive: boolean;
}

declare module '../../data/types.js' {
  interface TenantData {
    chatIntegrations: ChatIntegrationRecord[];
    chats: ChatRecord[];
    chatMessages: ChatMessageRecord[];
    messageTemplates: MessageTemplateRecord[];
    chatSettings: ChatSettingsRecord;
  }
}
