// One valid call per `chats` tool against the seeded sandbox (admin key).
import { CHAT_FIXTURES } from '../families/chats/index.js';
import type { SampleCalls } from './sample.js';

export const chatSamples: SampleCalls = {
  get_chat: { id: CHAT_FIXTURES.inboxChat },
  list_inbox_chats: {},
  list_my_chats: {},
  list_in_attendance_chats: { status: 'waiting_attendance' },
  list_archived_chats: { canceled: false },
  list_chat_messages: { id: CHAT_FIXTURES.myChat },
  update_chat: { id: CHAT_FIXTURES.inboxChat, user_name: 'Ana Souza' },
  // Chat 5004's client wrote minutes ago, so free text is inside WhatsApp's 24-hour window.
  send_message: { number: '5511987650004', integration_id: CHAT_FIXTURES.gupshupIntegration, message: 'O técnico está a caminho.' },
  archive_chat: { id: CHAT_FIXTURES.inboxChat, services_catalogs_item_id: CHAT_FIXTURES.archiveCatalogItemId },
  list_gupshup_templates: { integration_id: CHAT_FIXTURES.gupshupIntegration },
  list_whatsapp_cloud_templates: { status: 'APPROVED' },
};

/** The chat report lives in the `reports` toolset; its sample sits with the chats that feed it. */
export const chatReportSamples: SampleCalls = {
  get_chats_feedback_report: { start_date: '2026-11-01', end_date: '2026-11-30', include_list: true },
};
