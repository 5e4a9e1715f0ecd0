/** Arguments of the knowledge tools: id lists are JSON arrays of numbers, as TiFlux takes them. */
import * as z from 'zod';
import { idNumber } from '../shared/params.js';

export const NO_EDIT_NOTE =
  'TiFlux\'s API cannot edit or delete knowledge articles: changes and removals are made in the TiFlux web app.';

export function idArrayParam(description: string, options: { min?: number } = {}) {
  const id = idNumber({ type: 'must hold whole-number ids' });
  let list = z.array(id).max(50, { error: 'accepts at most 50 ids' });
  if (options.min) list = list.min(options.min, { error: `needs at least ${options.min} id` });
  return list.transform((ids) => [...new Set(ids)]).describe(description);
}
