// One valid call per `service_catalogs` tool against the seeded sandbox (admin key).
import { CATALOG_FIXTURES } from '../families/services-catalogs/index.js';
import type { SampleCalls } from './sample.js';

const { emptyCatalog, printingCatalog, printersArea, suppliesArea, printerItems } = CATALOG_FIXTURES;

export const serviceCatalogSamples: SampleCalls = {
  list_services_catalogs: {},
  create_services_catalog: { name: 'Manutenção predial' },
  update_services_catalog: { id: emptyCatalog.id, name: 'Projetos especiais 2027' },
  delete_services_catalog: { id: emptyCatalog.id },
  list_services_catalog_areas: { services_catalog_name: 'Infraestrutura' },
  create_services_catalog_area: { services_catalog_id: printingCatalog.id, name: 'Contratos de locação' },
  update_services_catalog_area: { services_catalog_id: printingCatalog.id, id: suppliesArea.id, name: 'Suprimentos e peças' },
  delete_services_catalog_area: { services_catalog_id: printingCatalog.id, id: suppliesArea.id },
  list_services_catalog_items: { services_catalog_name: 'Infraestrutura', area_name: 'Impressão' },
  create_services_catalog_item: { services_catalogs_area_id: printersArea.id, name: 'Troca de toner', start_time: '02:00', end_time: '08:00' },
  update_services_catalog_item: { services_catalogs_area_id: printersArea.id, id: printerItems[0].id, end_time: '48:00' },
  delete_services_catalog_item: { services_catalogs_area_id: printersArea.id, id: printerItems[1].id },
};
