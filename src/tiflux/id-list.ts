/**
 * Id-list filters (`desk_ids=1,2,3`). The tools receive them as the original's comma-separated strings; TiFlux accepts
 * at most 15 ids per filter. More than 15 is an error, never a silent cut (docs/design-choices.md#tools).
 */
import { TiFluxInputError } from './errors.js';
import { parsePositiveId } from './path.js';

export const MAX_IDS_PER_FILTER = 15;

/** Either "1, 2,3" or [1, 2, 3]. */
export type IdListInput = string | readonly (number | string)[];

/**
 * Validates an id list and returns it as TiFlux wants it ("1,2,3"), or undefined when it holds no ids.
 * Blank entries are dropped and duplicates removed; anything that is not a positive integer is an error.
 */
export function formatIdList(input: IdListInput | undefined, field: string): string | undefined {
  if (input === undefined) return undefined;
  const raw = typeof input === 'string' ? input.split(',') : input;
  const ids: number[] = [];
  for (const entry of raw) {
    const text = typeof entry === 'string' ? entry.trim() : entry;
    if (text === '') continue;
    const id = parsePositiveId(text, field);
    if (!ids.includes(id)) ids.push(id);
  }
  if (ids.length > MAX_IDS_PER_FILTER) {
    throw new TiFluxInputError(
      field,
      `accepts at most ${MAX_IDS_PER_FILTER} ids (got ${ids.length}); split the search into several calls.`,
    );
  }
  return ids.length ? ids.join(',') : undefined;
}
