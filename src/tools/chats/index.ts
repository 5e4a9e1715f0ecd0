/** The `chats` family: chat lists, one chat, its transcript, the writes, and WhatsApp message templates. */
import type { ToolDefinition } from '../define-tool.js';
import { archiveChat } from './archive-chat.js';
import { getChat } from './get-chat.js';
import { listArchivedChats } from './list-archived-chats.js';
import { listChatMessages } from './list-chat-messages.js';
import { listGupshupTemplates } from './list-gupshup-templates.js';
import { listInAttendanceChats } from './list-in-attendance-chats.js';
import { listInboxChats } from './list-inbox-chats.js';
import { listMyChats } from './list-my-chats.js';
import { listWhatsappCloudTemplates } from './list-whatsapp-cloud-templates.js';
import { sendMessage } from './send-message.js';
import { updateChat } from './update-chat.js';

export const chatTools: readonly ToolDefinition[] = [
  getChat,
  listInboxChats,
  listMyChats,
  listInAttendanceChats,
  listArchivedChats,
  listChatMessages,
  updateChat,
  sendMessage,
  archiveChat,
  listGupshupTemplates,
  listWhatsappCloudTemplates,
];
