/** The `knowledge` family: the knowledge base's articles (read and create; TiFlux cannot edit or delete) and folders. */
import type { ToolDefinition } from '../define-tool.js';
import { createKnowledge } from './create-knowledge.js';
import { getKnowledge } from './get-knowledge.js';
import { listKnowledgeFolders } from './list-knowledge-folders.js';
import { listKnowledges } from './list-knowledges.js';

export const knowledgeTools: readonly ToolDefinition[] = [listKnowledges, getKnowledge, createKnowledge, listKnowledgeFolders];
