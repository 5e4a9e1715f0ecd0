/**
 * Shared zod pieces. Schemas are loose objects: fields we do not use pass through untouched; the ones we do use are
 * checked.
 *
 * zod is imported statically (a dynamic import made esbuild wrap zod in lazy initialisers that broke the CJS bundle),
 * but every schema is BUILT lazily, on the first response that needs it, through `lazySchemas`: cold start pays for
 * zod's module (which the tool schemas load anyway), not for building ours.
 */
import * as z from 'zod';
import { ID_TEXT } from '../ids.js';

/** Memoises a schema builder: built on first call, shared afterwards. */
export function lazySchemas<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

function buildCommon() {
  /** An id TiFlux may send as a number or a numeric string; always a number for us. */
  const numericId = z.union([
    z.number().int().positive(),
    z
      .string()
      .regex(ID_TEXT)
      .transform(Number),
  ]);
  const optionalText = z.string().nullish();
  /**
   * Values whose exact type nobody has verified (durations like max_time, worked_hours, SLA times;
   * docs/tiflux-rest-api.md#open-questions, q4).
   */
  const textOrNumber = z.union([z.string(), z.number()]).nullish();
  /** `active` flags that some endpoints send as true, 1 or "true". */
  const looseBoolean = z
    .union([z.boolean(), z.number(), z.string()])
    .nullish()
    .transform((value) =>
      value === null || value === undefined ? value : value === true || value === 1 || value === 'true',
    );
  /** `{ id, name }` references embedded in other resources; either may be missing. */
  const namedRef = z.looseObject({ id: numericId.nullish(), name: optionalText });
  /** cancel/close answer `{"message": "Ticket N cancelled successfully"}`. */
  const messageSchema = z.looseObject({ message: optionalText });
  return { numericId, optionalText, textOrNumber, looseBoolean, namedRef, messageSchema };
}

export const commonSchemas = lazySchemas(buildCommon);

export type TiFluxMessage = z.output<ReturnType<typeof buildCommon>['messageSchema']>;
