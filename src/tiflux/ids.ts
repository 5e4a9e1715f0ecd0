/**
 * The one rule for ids and ticket numbers, with its bounds and its wording. Everything that accepts one uses it: the
 * tools' zod arguments (src/tools/shared/params.ts, record-id.ts), the client's path segments and id filters
 * (path.ts, id-list.ts) and apiPath's second look at every segment.
 *
 *   - An id (desk, client, answer, file…) is a positive safe integer. Written as text it is 1 to 15 ASCII digits:
 *     15 digits always stay below 2^53, so no written id loses precision on its way to a number.
 *   - A ticket number (TiFlux's `ticket_number`, not an internal id) is the same, but its 1 to 15 digits count also
 *     when it arrives as a number; it travels as its digits.
 *
 * Anything else (`1/../../users`, `12?x=1`, `-3`, `1e3`, ` 12`, `1.5`) is refused before any request is made.
 */

/** The largest id, as a number (the JSON Schemas of the tools' arguments say `maximum` with it). */
export const MAX_ID = Number.MAX_SAFE_INTEGER;

/** An id or ticket number written as text. `\d` is ASCII-only without the `u` flag: `١٢` is refused. */
export const ID_TEXT = /^\d{1,15}$/;

/** A ticket number as people (and our own output) write it: a leading `#` is accepted by the tools. */
export const TICKET_NUMBER_TEXT = /^#?\d{1,15}$/;

/** What a wrong id or ticket number is told, after the argument's name ("`desk_id` must be a positive id"). */
export const ID_WORDING = {
  /** The client's wording for an id (path.ts, id-list.ts). */
  id: 'must be a positive whole number',
  ticketNumber: 'must be a ticket number made of digits only, e.g. "84429"',
  ticketNumberZero: 'must be a ticket number greater than 0',
  /** The tools' idParam: a number that is not whole, then one that is not positive. */
  wholeNumberId: 'must be a whole number id',
  positiveId: 'must be a positive id',
  /** One entry of a comma-separated id list. */
  inList: (text: string) => `holds "${text}", which is not a positive id`,
  /** Ids of records inside a ticket, which TiFlux's own server takes as strings. */
  recordId: (where: string) => `must be a positive id made of digits, as ${where} shows it`,
  /** apiPath's re-check: only a bug (an unchecked value cast to PathSegment) reaches it. */
  uncheckedSegment: 'is not a checked id',
} as const;

/** Whether a number is an id: a positive safe integer. */
export function isId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

/** An id from a number or from its digits; undefined when it is not one. */
export function readId(value: unknown): number | undefined {
  const id = typeof value === 'number' ? value : typeof value === 'string' && ID_TEXT.test(value) ? Number(value) : Number.NaN;
  return isId(id) ? id : undefined;
}

/** A ticket number from a number or from its digits, as its canonical digits ("0042" → "42"); else undefined. */
export function readTicketNumber(value: unknown): string | undefined {
  const digits = typeof value === 'number' ? String(value) : value;
  if (typeof digits !== 'string' || !ID_TEXT.test(digits)) return undefined;
  return isId(Number(digits)) ? String(Number(digits)) : undefined;
}

/**
 * apiPath's re-check: the canonical digits of a whole number below 2^53, as path.ts writes ids, ticket numbers and
 * 0-based positions (no sign, no leading zero, nothing but ASCII digits).
 */
export function isCanonicalDigits(text: string): boolean {
  return /^(0|[1-9][0-9]*)$/.test(text) && Number.isSafeInteger(Number(text));
}

/** A value quoted in an error message, cut to 40 characters. */
export function describeValue(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
