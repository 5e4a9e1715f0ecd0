// The service-catalogue family: catalogues, areas and items, and their administration routes.

import type { SandboxFamily } from '../family.js';
import { seedCatalogFixtures } from './fixtures.js';
import { generateCatalogs } from './generate.js';
import './records.js';
import { servicesCatalogRoutes } from './routes.js';

export const servicesCatalogsFamily: SandboxFamily = {
  name: 'services-catalogs', generate: generateCatalogs, seed: seedCatalogFixtures, routes: servicesCatalogRoutes,
};
export { CATALOG_FIXTURES } from './fixtures.js';
