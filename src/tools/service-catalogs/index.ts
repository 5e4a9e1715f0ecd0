/** The `service_catalogs` family: administration of the organisation's catalogue → area → item tree. */
import type { ToolDefinition } from '../define-tool.js';
import { createServicesCatalog } from './create-services-catalog.js';
import { createServicesCatalogArea } from './create-services-catalog-area.js';
import { createServicesCatalogItem } from './create-services-catalog-item.js';
import { deleteServicesCatalog } from './delete-services-catalog.js';
import { deleteServicesCatalogArea } from './delete-services-catalog-area.js';
import { deleteServicesCatalogItem } from './delete-services-catalog-item.js';
import { listServicesCatalogAreas } from './list-services-catalog-areas.js';
import { listServicesCatalogItems } from './list-services-catalog-items.js';
import { listServicesCatalogs } from './list-services-catalogs.js';
import { updateServicesCatalog } from './update-services-catalog.js';
import { updateServicesCatalogArea } from './update-services-catalog-area.js';
import { updateServicesCatalogItem } from './update-services-catalog-item.js';

export const serviceCatalogTools: readonly ToolDefinition[] = [
  listServicesCatalogs,
  createServicesCatalog,
  updateServicesCatalog,
  deleteServicesCatalog,
  listServicesCatalogAreas,
  createServicesCatalogArea,
  updateServicesCatalogArea,
  deleteServicesCatalogArea,
  listServicesCatalogItems,
  createServicesCatalogItem,
  updateServicesCatalogItem,
  deleteServicesCatalogItem,
];
