/** Arguments shared by the equipment tools, named as TiFlux's own server names them. */
import * as z from 'zod';
import { isCalendarDay } from '../shared/period.js';
import { idParam, nameParam } from '../shared/params.js';

export const READ_ANNOTATIONS = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true } as const;

export const clientArgs = (what: string) => ({
  client_id: idParam(`${what}. Wins over client_name.`).optional(),
  client_name: nameParam(`${what}, by name.`).optional(),
});

export const equipmentArgs = () => ({
  equipment_id: idParam('Equipment id. Wins over equipment_name.').optional(),
  equipment_name: nameParam('Equipment name, if no equipment_id; client_id/client_name narrow it.').optional(),
});

export function dateParam(description: string) {
  return z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date as YYYY-MM-DD, e.g. "2026-03-10"' })
    .refine((value) => isCalendarDay(value), { error: 'is not a real date' })
    .describe(description);
}

export function equipmentNameParam(description: string) {
  return z.string().trim().min(1, { error: 'must not be empty' }).max(255, { error: 'must be at most 255 characters' }).describe(description);
}
