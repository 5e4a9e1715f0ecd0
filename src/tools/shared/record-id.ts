/**
 * The id of a record inside a ticket (answer, file, internal communication, checklist). TiFlux's own server takes
 * these as strings; numbers are accepted too. Comes out as a number.
 */
import * as z from 'zod';

export function recordIdParam(description: string, where: string) {
  const error = `must be a positive id made of digits, as ${where} shows it`;
  return z
    .union(
      [
        z.string().trim().regex(/^\d{1,15}$/, { error }),
        z.number({ error }).int({ error }).positive({ error }).max(Number.MAX_SAFE_INTEGER),
      ],
      { error },
    )
    .transform((value) => Number(value))
    .refine((value) => value > 0 && Number.isSafeInteger(value), { error })
    .describe(description);
}
