/** Output shapes and one-line renderings of catalogues, areas and items. */
import * as z from 'zod';
import { inline } from '../format/text.js';
import type { ServicesCatalog, ServicesCatalogArea, ServicesCatalogItem } from './tree.js';

export const catalogOutput = () => z.object({ id: z.number().int(), name: z.string() });

export const areaOutput = () =>
  z.object({ id: z.number().int(), name: z.string(), services_catalog: z.string().nullable().describe('Catalogue name.') });

export const itemOutput = () =>
  z.object({
    id: z.number().int(),
    name: z.string(),
    start_time: z.string().nullable().describe('Attendance SLA, HH:MM.'),
    end_time: z.string().nullable().describe('Solution SLA, HH:MM.'),
    services_catalog: z.string().nullable().describe('Catalogue name.'),
    services_catalogs_area: z.string().nullable().describe('Area name.'),
  });

export type CatalogRow = z.output<ReturnType<typeof catalogOutput>>;
export type AreaRow = z.output<ReturnType<typeof areaOutput>>;
export type ItemRow = z.output<ReturnType<typeof itemOutput>>;

const text = (value: string | number | null | undefined) => (value === null || value === undefined ? null : String(value));

export const catalogRow = (catalog: ServicesCatalog): CatalogRow => ({ id: catalog.id, name: catalog.name });

export const areaRow = (area: ServicesCatalogArea, catalogName?: string): AreaRow => ({
  id: area.id,
  name: area.name,
  services_catalog: area.services_catalog?.name ?? catalogName ?? null,
});

export const itemRow = (item: ServicesCatalogItem, areaName?: string): ItemRow => ({
  id: item.id,
  name: item.name,
  start_time: text(item.start_time),
  end_time: text(item.end_time),
  services_catalog: item.services_catalog?.name ?? null,
  services_catalogs_area: item.services_catalogs_area?.name ?? areaName ?? null,
});

export const catalogLine = (catalog: CatalogRow) => `- **${inline(catalog.name)}** (id ${catalog.id})`;
export const areaLine = (area: AreaRow) => `- **${inline(area.name)}** (id ${area.id})`;
export const itemLine = (item: ItemRow) =>
  `- **${inline(item.name)}** (id ${item.id}) · SLA attendance ${item.start_time ?? '?'} / solution ${item.end_time ?? '?'}`;
