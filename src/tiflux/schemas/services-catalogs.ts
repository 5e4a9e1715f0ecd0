/** Organisation-wide service-catalogue administration: catalogues, their areas and the areas' items (docs/assets-and-contracts.md). */
import * as z from 'zod';
import { commonSchemas, lazySchemas } from './common.js';

function buildServicesCatalogSchemas() {
  const { namedRef, numericId, textOrNumber } = commonSchemas();

  const servicesCatalogSchema = z.looseObject({ id: numericId, name: z.string() });

  const servicesCatalogAreaSchema = z.looseObject({
    id: numericId,
    name: z.string(),
    services_catalog: namedRef.nullish(),
  });

  const servicesCatalogItemSchema = z.looseObject({
    id: numericId,
    name: z.string(),
    /** Attendance SLA, "HH:MM" (hours may exceed 24). */
    start_time: textOrNumber,
    /** Solution SLA, "HH:MM". */
    end_time: textOrNumber,
    services_catalog: namedRef.nullish(),
    services_catalogs_area: namedRef.nullish(),
  });

  return {
    servicesCatalogSchema,
    servicesCatalogListSchema: z.array(servicesCatalogSchema),
    servicesCatalogAreaSchema,
    servicesCatalogAreaListSchema: z.array(servicesCatalogAreaSchema),
    servicesCatalogItemSchema,
    servicesCatalogItemListSchema: z.array(servicesCatalogItemSchema),
  };
}

export const servicesCatalogSchemas = lazySchemas(buildServicesCatalogSchemas);

type Built = ReturnType<typeof buildServicesCatalogSchemas>;
export type ServicesCatalog = z.output<Built['servicesCatalogSchema']>;
export type ServicesCatalogArea = z.output<Built['servicesCatalogAreaSchema']>;
export type ServicesCatalogItem = z.output<Built['servicesCatalogItemSchema']>;
