/**
 * The one place where values enter a TiFlux URL path. Ids and ticket numbers are checked by the rule in ids.ts and
 * written as their canonical digits; anything else is refused with a TiFluxInputError before any request is made, so
 * a model-supplied argument can never steer a call to another route.
 */
import { TiFluxInputError } from './errors.js';
import { describeValue, ID_WORDING, isCanonicalDigits, readId, readTicketNumber } from './ids.js';

declare const pathSegmentBrand: unique symbol;
/** A value already checked by this module; the only thing `apiPath` accepts between its literal parts. */
export type PathSegment = string & { readonly [pathSegmentBrand]: true };

/** A positive integer id from a number or a digits-only string; throws TiFluxInputError otherwise. */
export function parsePositiveId(value: unknown, field: string): number {
  const id = readId(value);
  if (id === undefined) throw new TiFluxInputError(field, `${ID_WORDING.id} (got ${describeValue(value)}).`);
  return id;
}

/** A ticket number (TiFlux's `ticket_number`, not an internal id): digits only. */
export function ticketNumberSegment(value: unknown, field = 'ticket_number'): PathSegment {
  const digits = readTicketNumber(value);
  if (digits === undefined) throw new TiFluxInputError(field, `${ID_WORDING.ticketNumber} (got ${describeValue(value)}).`);
  return digits as PathSegment;
}

/** An internal id (desk, client, communication…): a positive integer. */
export function idSegment(value: unknown, field: string): PathSegment {
  return String(parsePositiveId(value, field)) as PathSegment;
}

/** A 0-based position (a checklist's field index): a whole number ≥ 0, unlike an id. */
export function positionSegment(value: number, field: string): PathSegment {
  if (!Number.isSafeInteger(value) || value < 0) throw new TiFluxInputError(field, 'must be a whole number ≥ 0.');
  return String(value) as PathSegment;
}

/**
 * Tagged template for API paths: apiPath`/tickets/${ticketNumberSegment(n)}/answers`. Interpolations must be
 * PathSegments; they are re-checked and percent-encoded here as a second line of defence.
 */
export function apiPath(literals: TemplateStringsArray, ...segments: PathSegment[]): string {
  let path = literals[0] ?? '';
  segments.forEach((segment, index) => {
    if (!isCanonicalDigits(segment)) {
      throw new TiFluxInputError('path', `segment ${describeValue(segment)} ${ID_WORDING.uncheckedSegment}.`);
    }
    path += encodeURIComponent(segment) + (literals[index + 1] ?? '');
  });
  return path;
}
