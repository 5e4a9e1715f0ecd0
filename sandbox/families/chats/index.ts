// The chats family: chats, messages, WhatsApp templates and the chat satisfaction report.

import type { SandboxFamily } from '../family.js';
import './records.js';
import { chatRoutes } from './routes.js';
import { seedChats } from './seed.js';

export const chatsFamily: SandboxFamily = { name: 'chats', seed: seedChats, routes: chatRoutes };
export { CHAT_FIXTURES } from './seed.js';
