/** Knowledge base articles and folders (docs/chats-and-knowledge.md). */
import * as z from 'zod';
import { commonSchemas, lazySchemas } from './common.js';

function buildKnowledgeSchemas() {
  const { looseBoolean, numericId, optionalText } = commonSchemas();
  const ids = z.array(numericId).nullish();
  const tags = z.array(z.string()).nullish();

  const knowledgeSchema = z.looseObject({
    id: numericId,
    title: z.string(),
    /** HTML; cut to 300 characters in lists. */
    description: optionalText,
    private: looseBoolean,
    tags,
    knowledge_folder_ids: ids,
    client_ids: ids,
    technical_group_ids: ids,
    services_catalogs_item_ids: ids,
    created_at: optionalText,
    updated_at: optionalText,
  });

  const folderSchema = z.looseObject({
    id: numericId,
    title: z.string(),
    description: optionalText,
    icon: optionalText,
    tags,
    qty_knowledges: z.number().nullish(),
  });

  return { knowledgeSchema, knowledgeListSchema: z.array(knowledgeSchema), folderListSchema: z.array(folderSchema) };
}

export const knowledgeSchemas = lazySchemas(buildKnowledgeSchemas);

type Schemas = ReturnType<typeof buildKnowledgeSchemas>;
export type Knowledge = z.output<Schemas['knowledgeSchema']>;
export type KnowledgeFolder = z.output<Schemas['folderListSchema']>[number];
