import { createChatsApi } from '../../tiflux/resources/chats.js';
import { defineTool } from '../define-tool.js';
import { idParam } from '../shared/params.js';
import { chatIdParam } from './params.js';
import { withChatWriteHints } from './write-errors.js';

export const archiveChat = defineTool({
  toolset: 'chats',
  name: 'archive_chat',
  title: 'Finish (archive) a chat',
  description:
    'Finishes an open chat and archives it. The client is told the conversation ended (maybe with the satisfaction ' +
    'survey): it reaches their phone and cannot be undone. Where chats use the service catalogue, TiFlux refuses it ' +
    'without services_catalogs_item_id (search_catalog_item). Asynchronous: list_archived_chats shows it once done.',
  input: () => ({
    id: chatIdParam(),
    services_catalogs_item_id: idParam('Catalogue item of the chat, where required.').optional(),
  }),
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true },
  async run(args, { tiflux }) {
    await withChatWriteHints(() => tiflux.use(createChatsApi).archive(args.id, args.services_catalogs_item_id), {
      refused:
        'The chat was not archived. If the organisation uses the service catalogue in chats, pass ' +
        'services_catalogs_item_id (search_catalog_item finds it); finished or canceled chats cannot be archived again.',
    });
    return {
      text:
        `Archiving of chat ${args.id} requested (TiFlux answered 202 and finishes it in the background)` +
        `${args.services_catalogs_item_id ? ` with catalogue item ${args.services_catalogs_item_id}` : ''}. ` +
        'It appears in list_archived_chats once done.',
    };
  },
});
