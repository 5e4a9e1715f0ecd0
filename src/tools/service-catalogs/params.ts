/** Arguments shared by the service-catalogue tools, named as TiFlux's own server names them. */
import * as z from 'zod';
import { idParam, nameParam } from '../shared/params.js';

/** The longest catalogue, area or item name we send (TiFlux publishes no limit). */
const MAX_RECORD_NAME = 255;

export const catalogContext = () => ({
  services_catalog_id: idParam('Catalogue id. Wins over services_catalog_name.').optional(),
  services_catalog_name: nameParam('Catalogue name, if no services_catalog_id.').optional(),
});

export const areaContext = () => ({
  services_catalogs_area_id: idParam('Area id. Wins over area_name.').optional(),
  area_name: nameParam('Area name, looked up in the given catalogue, else in every catalogue.').optional(),
  ...catalogContext(),
});

/** The name a record gets (create, rename). */
export function recordName(description: string) {
  return z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(MAX_RECORD_NAME, { error: `must be at most ${MAX_RECORD_NAME} characters` })
    .describe(description);
}

const HH_MM = /^\d{1,3}:[0-5]\d$/;

/** An SLA time: "HH:MM", hours 0–999 ("120:30" is valid). */
export function slaTime(description: string) {
  return z
    .string()
    .trim()
    .regex(HH_MM, { error: 'must be HH:MM with hours 0-999 and minutes 00-59, e.g. "04:00" or "120:30"' })
    .describe(description);
}

export const confirmCascade = () =>
  z
    .boolean()
    .default(false)
    .describe(
      'true only after a first call listed what would go with it and the user agreed; without it a delete of a record with children is refused.',
    );

export const WRITE_ANNOTATIONS = { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true } as const;
export const RENAME_ANNOTATIONS = { ...WRITE_ANNOTATIONS, idempotentHint: true } as const;
/** A repeated delete finds the record gone and changes nothing: idempotent. */
export const DELETE_ANNOTATIONS = { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true } as const;
