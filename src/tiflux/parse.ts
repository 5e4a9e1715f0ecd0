/** Validates a response body against its zod schema; a mismatch becomes a TiFluxUnreadableResponseError. */
import type { ZodType, output } from 'zod';
import { TiFluxUnreadableResponseError } from './errors.js';

export function parseBody<S extends ZodType>(schema: S, body: unknown, action: string): output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  // Name the first offending field (our own field names, never upstream values) to make the report useful.
  const issue = result.error.issues[0];
  const where = issue && issue.path.length ? ` (field ${issue.path.map(String).join('.')})` : '';
  throw new TiFluxUnreadableResponseError(action, `data in an unexpected shape${where}`);
}
