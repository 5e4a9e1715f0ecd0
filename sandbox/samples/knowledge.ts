// One valid call per `knowledge` tool against the seeded sandbox (admin key).
import { KNOWLEDGE_FIXTURES } from '../families/knowledge/index.js';
import type { SampleCalls } from './sample.js';

export const knowledgeSamples: SampleCalls = {
  list_knowledges: { search: 'vpn' },
  get_knowledge: { knowledge_id: KNOWLEDGE_FIXTURES.vpnArticle },
  create_knowledge: {
    title: 'VPN: reinstalar o cliente',
    description: '## Passos\n\n1. Desinstale o cliente.\n2. Reinicie.\n3. Instale a versão nova.',
    knowledge_folder_ids: [KNOWLEDGE_FIXTURES.remoteAccessFolder],
  },
  list_knowledge_folders: {},
};
