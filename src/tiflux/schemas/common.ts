/**
 * Shared zod pieces. Schemas are loose objects: fields we do not use pass through untouched; the ones we do use are
 * checked. This folder is only loaded with a dynamic import on the first upstream call, so zod costs nothing at
 * cold start (the types are imported with `import type`, which is erased).
 */
import { z } from 'zod';

/** An id TiFlux may send as a number or a numeric string; always a number for us. */
export const numericId = z.union([
  z.number().int().positive(),
  z
    .string()
    .regex(/^\d{1,15}$/)
    .transform(Number),
]);

export const optionalText = z.string().nullish();

/** Values whose exact type the reference leaves open (durations like max_time, worked_hours, SLA times). */
export const textOrNumber = z.union([z.string(), z.number()]).nullish();

/** `active` flags that some endpoints send as true, 1 or "true". */
export const looseBoolean = z
  .union([z.boolean(), z.number(), z.string()])
  .nullish()
  .transform((value) => (value === null || value === undefined ? value : value === true || value === 1 || value === 'true'));

/** `{ id, name }` references embedded in other resources; either may be missing. */
export const namedRef = z.looseObject({ id: numericId.nullish(), name: optionalText });

export const messageSchema = z.looseObject({ message: optionalText });
export type TiFluxMessage = z.output<typeof messageSchema>;
