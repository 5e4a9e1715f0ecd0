// Knowledge base articles and their folders (docs/chats-and-knowledge.md of the endpoint reference).

export interface KnowledgeFolderRecord {
  id: number;
  title: string;
  description: string;
  icon: string;
  tags: string[];
}

export interface KnowledgeRecord {
  id: number;
  title: string;
  /** HTML, as TiFlux's editor stores it. */
  description: string;
  tags: string[];
  /** Private articles are seen by admins and by the listed groups' attendants only. */
  private: boolean;
  knowledge_folder_ids: number[];
  client_ids: number[];
  technical_group_ids: number[];
  services_catalogs_item_ids: number[];
  created_at: string;
  updated_at: string;
}

declare module '../../data/types.js' {
  interface TenantData {
    knowledgeFolders: KnowledgeFolderRecord[];
    knowledges: KnowledgeRecord[];
  }
}
