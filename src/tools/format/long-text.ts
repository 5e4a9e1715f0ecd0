/**
 * Long fields (a ticket description, a note's text) shown a window at a time, the same window in the text and in
 * the structured content (docs/result-size.md). A cut says how much was left out and which argument reads on.
 */
import * as z from 'zod';
import { cutMarker } from '../result-size.js';

/** Characters of one long field per answer: a 7 MB e-mail must not make a ticket unreadable. */
export const LONG_FIELD_WINDOW = 20_000;

export interface TextWindow {
  /** The characters shown (the whole text when it fits). */
  text: string;
  /** Length of the whole field. */
  total_chars: number;
  /** The offset to pass to read on, or null when the window reaches the end. */
  next_offset: number | null;
  /** A line for the text answer when something was left out, else undefined. */
  note: string | undefined;
}

/** The argument that pages a long field: a character offset, 0 = the start. */
export function textOffsetParam(field: string) {
  return z
    .number()
    .int()
    .min(0)
    .max(100_000_000)
    .optional()
    .describe(
      `Character offset into the ${field} (0 = start, the default). Long ${field}s are shown ${LONG_FIELD_WINDOW.toLocaleString('en-US')} ` +
        'characters at a time; a cut one says which offset reads on.',
    );
}

/**
 * The window of `text` starting at `offset`. `readOn` names how to read the rest, e.g.
 * `(next) => 'call get_ticket again with description_offset ' + next`.
 */
export function windowOf(text: string, offset: number | undefined, readOn: (next: number) => string, window = LONG_FIELD_WINDOW): TextWindow {
  const start = Math.min(Math.max(0, offset ?? 0), text.length);
  const end = Math.min(text.length, start + window);
  const next = end < text.length ? end : null;
  const before = start > 0 ? `characters ${start.toLocaleString('en-US')}` : 'the first characters';
  const note =
    next === null && start === 0
      ? undefined
      : next === null
        ? `[Shown from character ${start.toLocaleString('en-US')} to the end (${text.length.toLocaleString('en-US')} characters in all).]`
        : `[Cut: ${before} to ${end.toLocaleString('en-US')} of ${text.length.toLocaleString('en-US')} are shown; ` +
          `${(text.length - end).toLocaleString('en-US')} more. To read on, ${readOn(next)}.]`;
  const shown = text.slice(start, end);
  return { text: next === null ? shown : `${shown}${cutMarker(text.length - end)}`, total_chars: text.length, next_offset: next, note };
}
