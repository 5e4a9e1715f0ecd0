/**
 * Runs independent lookups in parallel and waits for ALL of them, so that when several names are wrong the model
 * hears about every one in a single answer, not one per retry. TiFlux failures (bad key, outage…) win over name
 * problems: they are the thing to fix first.
 */
import { ToolError, ToolErrors } from '../tool-error.js';

export async function settleAll<T extends readonly unknown[] | []>(
  values: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const settled = await Promise.allSettled(values);
  const failures = settled.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
  if (failures.length) {
    const upstream = failures.find((failure) => !(failure instanceof ToolError));
    if (upstream !== undefined) throw upstream;
    if (failures.length === 1) throw failures[0];
    throw new ToolErrors(failures as ToolError[]);
  }
  return settled.map((outcome) => (outcome as PromiseFulfilledResult<unknown>).value) as {
    -readonly [K in keyof T]: Awaited<T[K]>;
  };
}
