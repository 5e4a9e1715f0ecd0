/**
 * Argument schemas shared by several tools. Names and types follow the original server (ticket_number is a string
 * there, ids are numbers, id-list filters are comma-separated strings); descriptions are written for the model and
 * say which sibling tool supplies each id. Limits are real and refused when exceeded, never clamped.
 */
import * as z from 'zod';
import { DEFAULT_PAGE_LIMIT, MAX_IDS_PER_FILTER, MAX_PAGE_LIMIT } from '../../tiflux/client.js';
import { ID_TEXT, ID_WORDING, MAX_ID, readId, TICKET_NUMBER_TEXT } from '../../tiflux/ids.js';

/** Longest name a person plausibly types; anything longer is not a name. */
const MAX_NAME_LENGTH = 200;

/** TiFlux does not publish its limits; these are generous bounds that still keep one call under the body cap. */
export const TITLE_MAX_LENGTH = 255;
export const DESCRIPTION_MAX_LENGTH = 100_000;

/**
 * The number form of an id: a positive safe integer (the rule is src/tiflux/ids.ts). Each wording is what a value
 * failing that step is told; an omitted one leaves zod's own.
 */
export function idNumber(wording: { type?: string; int?: string; positive?: string } = {}) {
  const said = (error: string | undefined) => (error === undefined ? undefined : { error });
  return z.number(said(wording.type)).int(said(wording.int)).positive(said(wording.positive)).max(MAX_ID);
}

/** A ticket NUMBER as TiFlux shows it (#84429), not an internal id. A string in the original; numbers are accepted. */
export function ticketNumber(description = 'Ticket number as shown in TiFlux (e.g. "84429"); list_tickets returns them.') {
  const error = ID_WORDING.ticketNumber;
  return z
    .union(
      [
        // "#84429" is how TiFlux (and our own output) writes it, so a leading # is accepted.
        z.string().trim().regex(TICKET_NUMBER_TEXT, { error }),
        idNumber({ type: error, int: error }),
      ],
      { error },
    )
    .transform((value) => String(Number(String(value).replace('#', ''))))
    .refine((value) => Number(value) > 0, { error: ID_WORDING.ticketNumberZero })
    // A number's digits count too (16-digit numbers pass the branch above but are no ticket number).
    .refine((value) => ID_TEXT.test(value), { error })
    .describe(description);
}

/** A positive integer id of a TiFlux record. */
export function idParam(description: string) {
  return idNumber({ type: ID_WORDING.wholeNumberId, int: ID_WORDING.wholeNumberId, positive: ID_WORDING.positiveId }).describe(
    description,
  );
}

/** A name to resolve (accent- and case-insensitive, see names/match-names.ts). */
export function nameParam(description: string) {
  return z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(MAX_NAME_LENGTH, { error: `must be at most ${MAX_NAME_LENGTH} characters` })
    .describe(description);
}

/** Free text such as a title or a message body. */
export function textParam(description: string, maxLength: number) {
  return z
    .string()
    .max(maxLength, { error: `must be at most ${maxLength} characters` })
    .refine((value) => value.trim().length > 0, { error: 'must not be empty' })
    .describe(description);
}

/** 1-based page number, as TiFlux pages. */
export function offsetParam() {
  return z
    .number()
    .int()
    .min(1)
    .max(100_000)
    .default(1)
    .describe('Page number, from 1.');
}

export function limitParam() {
  return z
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_LIMIT)
    .default(DEFAULT_PAGE_LIMIT)
    .describe(`Rows per page, 1–${MAX_PAGE_LIMIT}.`);
}

/**
 * A comma-separated id list ("12,15,18"), as the original took it. At most 15 ids (TiFlux's cap); duplicates and
 * blanks are dropped. Comes out as TiFlux wants it ("12,15,18"), or undefined when it holds no id.
 */
export function idListParam(description: string) {
  return z
    .string()
    .max(400)
    .transform((value, ctx) => {
      const ids: string[] = [];
      for (const entry of value.split(',')) {
        const text = entry.trim();
        if (text === '') continue;
        const read = readId(text);
        if (read === undefined) {
          ctx.issues.push({ code: 'custom', input: value, message: ID_WORDING.inList(text) });
          return z.NEVER;
        }
        const id = String(read);
        if (!ids.includes(id)) ids.push(id);
      }
      if (ids.length > MAX_IDS_PER_FILTER) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          message: `accepts at most ${MAX_IDS_PER_FILTER} ids (got ${ids.length}); split the search into several calls`,
        });
        return z.NEVER;
      }
      return ids.length ? ids.join(',') : undefined;
    })
    .optional()
    .describe(`${description} Comma-separated, at most ${MAX_IDS_PER_FILTER} ids, e.g. "12,15".`);
}

/** A loose e-mail check: TiFlux does the real one; this catches a name passed where an address belongs. */
export function emailParam(description: string) {
  return z
    .string()
    .trim()
    .max(254)
    .regex(/^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/, { error: 'must be one e-mail address, e.g. "ana@example.com"' })
    .describe(description);
}

/** Comma-separated e-mails (ticket followers). */
export function emailListParam(description: string) {
  return z
    .string()
    .max(2000)
    .refine(
      (value) =>
        value
          .split(',')
          .map((entry) => entry.trim())
          .filter(Boolean)
          .every((entry) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(entry)),
      { error: 'must be e-mail addresses separated by commas, e.g. "ana@example.com,bia@example.com"' },
    )
    .describe(description);
}
