// Catalogue records with a known shape for the catalogue-administration tools, added beside the generated
// catalogue (main-catalogs.ts) without touching it: an empty catalogue, and one whose areas are one full and one
// empty. No desk offers them, so the desk-scoped item lists (231 selectable items) are unchanged.

import type { TenantData, TenantId } from '../../data/types.js';

export const CATALOG_FIXTURES = {
  /** A catalogue with no areas: deleting it needs no confirmation. */
  emptyCatalog: { id: 506, name: 'Projetos especiais' },
  /** A catalogue with two areas: "Impressoras" (two items) and "Suprimentos" (none). */
  printingCatalog: { id: 507, name: 'Outsourcing de impressão' },
  printersArea: { id: 1165, name: 'Impressoras' },
  suppliesArea: { id: 1166, name: 'Suprimentos' },
  printerItems: [
    { id: 30233, name: 'Instalação de impressora locada', start_time: '04:00', end_time: '24:00' },
    { id: 30234, name: 'Recolhimento de impressora locada', start_time: '08:00', end_time: '72:00' },
  ],
} as const;

export function seedCatalogFixtures(data: TenantData, tenantId: TenantId): void {
  if (tenantId !== 'main') return;
  const { emptyCatalog, printingCatalog, printersArea, suppliesArea, printerItems } = CATALOG_FIXTURES;
  data.catalogs.push({ ...emptyCatalog, desk_ids: [] }, { ...printingCatalog, desk_ids: [] });
  data.areas.push({ ...printersArea, catalog_id: printingCatalog.id }, { ...suppliesArea, catalog_id: printingCatalog.id });
  for (const item of printerItems) data.catalogItems.push({ ...item, area_id: printersArea.id, selectable: true });
}
