/** The `directory` family: name lookups that return the ids other tools accept. */
import type { ToolDefinition } from '../define-tool.js';
import { searchCatalogItem } from './search-catalog-item.js';
import { searchClient } from './search-client.js';
import { searchRequestor } from './search-requestor.js';
import { searchStage } from './search-stage.js';
import { searchTechnicalUser } from './search-technical-user.js';
import { searchUser } from './search-user.js';

export const directoryTools: readonly ToolDefinition[] = [
  searchClient,
  searchUser,
  searchStage,
  searchCatalogItem,
  searchRequestor,
  searchTechnicalUser,
];
