/** The knowledge base: articles (list, read, create; TiFlux's API has no update or delete) and their folders. */
import { getOne, getPage, given, json, send } from '../endpoint.js';
import type { Page, PageRequest } from '../paging.js';
import { apiPath, idSegment } from '../path.js';
import type { Transport } from '../transport-types.js';
import { knowledgeSchemas, type Knowledge, type KnowledgeFolder } from '../schemas/knowledge.js';

export interface CreateKnowledgeInput {
  title: string;
  /** HTML. */
  description: string;
  knowledge_folder_ids: number[];
  tags?: string[];
  private?: boolean;
  client_ids?: number[];
  technical_group_ids?: number[];
  services_catalogs_item_ids?: number[];
}

export interface KnowledgesApi {
  list(filters: { search?: string; knowledge_folder_ids?: number[] }, page: PageRequest): Promise<Page<Knowledge>>;
  get(knowledgeId: number): Promise<Knowledge>;
  create(input: CreateKnowledgeInput): Promise<Knowledge>;
  folders(filters: { search?: string }, page: PageRequest): Promise<Page<KnowledgeFolder>>;
}

export function createKnowledgesApi(transport: Transport): KnowledgesApi {
  return {
    list: (filters, page) =>
      getPage(transport, {
        path: '/knowledges',
        // TiFlux takes the folder ids as CSV, and only when there are some.
        query: { search: filters.search, knowledge_folder_ids: filters.knowledge_folder_ids?.length ? filters.knowledge_folder_ids.join(',') : undefined },
        page,
        schema: knowledgeSchemas().knowledgeListSchema,
        action: 'list knowledge base articles',
      }),

    get(knowledgeId) {
      const id = idSegment(knowledgeId, 'knowledge_id');
      return getOne(transport, {
        path: apiPath`/knowledges/${id}`,
        schema: knowledgeSchemas().knowledgeSchema,
        action: `read knowledge article ${id}`,
        notFound: `knowledge article ${id} visible to this API key`,
      });
    },

    create: (input) =>
      send(transport, {
        method: 'POST',
        path: '/knowledges',
        body: json(given({ ...input })),
        schema: knowledgeSchemas().knowledgeSchema,
        action: 'create the knowledge article',
      }),

    folders: (filters, page) =>
      getPage(transport, {
        path: '/knowledge-folders',
        query: { search: filters.search },
        page,
        schema: knowledgeSchemas().folderListSchema,
        action: 'list knowledge base folders',
      }),
  };
}
