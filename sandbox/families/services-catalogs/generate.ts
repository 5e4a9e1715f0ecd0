// Turns the catalogue specs into catalogues, areas and items; each item's SLA times are drawn at random. Desks say
// which catalogues they offer (the desks family's spec).

import { makeCounters } from '../../data/counters.js';
import { formatDuration } from '../../data/dates.js';
import type { SeededRandom } from '../../data/random.js';
import type { TenantData, TenantId } from '../../data/types.js';
import { deskIdsByName } from '../desks/generate.js';
import { DESK_SPECS } from '../desks/spec.js';
import { CATALOG_SPECS } from './spec.js';

export function generateCatalogs(data: TenantData, tenantId: TenantId, random: SeededRandom): void {
  const spec = CATALOG_SPECS[tenantId];
  const ids = makeCounters(spec.idStart);
  data.catalogs = [];
  data.areas = [];
  data.catalogItems = [];
  for (const catalogSpec of spec.catalogs) {
    const offeredBy = DESK_SPECS[tenantId].desks.filter((desk) => desk.catalogs?.includes(catalogSpec.name));
    const catalog = { id: ids.catalog(), name: catalogSpec.name, desk_ids: deskIdsByName(data, offeredBy.map((desk) => desk.display_name)) };
    data.catalogs.push(catalog);
    for (const areaSpec of catalogSpec.areas) {
      const area = { id: ids.area(), catalog_id: catalog.id, name: areaSpec.name };
      data.areas.push(area);
      const names = areaSpec.actions.flatMap((action) => areaSpec.objects.map((object) => `${action} ${object}`));
      const entries = [
        ...[...names, ...(areaSpec.extra ?? [])].map((name) => ({ name, selectable: true })),
        ...(areaSpec.unselectable ?? []).map((name) => ({ name, selectable: false })),
      ];
      for (const entry of entries) {
        const start = random.int(1, 8) * 60;
        data.catalogItems.push({
          id: ids.item(), area_id: area.id, name: entry.name, selectable: entry.selectable,
          start_time: formatDuration(start), end_time: formatDuration(start + random.int(1, 12) * 240),
        });
      }
    }
  }
}
