// The knowledge family: articles (list, read, create) and folders.

import type { SandboxFamily } from '../family.js';
import './records.js';
import { knowledgeRoutes } from './routes.js';
import { seedKnowledge } from './seed.js';

export const knowledgeFamily: SandboxFamily = { name: 'knowledge', seed: seedKnowledge, routes: knowledgeRoutes };
export { KNOWLEDGE_FIXTURES } from './seed.js';
