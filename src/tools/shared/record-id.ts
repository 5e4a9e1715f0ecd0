/**
 * The id of a record inside a ticket (answer, file, internal communication, checklist). TiFlux's own server takes
 * these as strings; numbers are accepted too. Comes out as a number.
 */
import * as z from 'zod';
import { ID_TEXT, ID_WORDING, isId } from '../../tiflux/ids.js';
import { idNumber } from './params.js';

/**
 * `where` names the tool that shows the id. `wording` replaces the message for a value that is no id (`invalid`)
 * and for 0 (`zero`); by default both say "must be a positive id made of digits, as <where> shows it".
 */
export function recordIdParam(description: string, where: string, wording: { invalid?: string; zero?: string } = {}) {
  const error = wording.invalid ?? ID_WORDING.recordId(where);
  return z
    .union(
      [
        z.string().trim().regex(ID_TEXT, { error }),
        idNumber({ type: error, int: error, positive: error }),
      ],
      { error },
    )
    .transform((value) => Number(value))
    .refine(isId, { error: wording.zero ?? error })
    .describe(description);
}
