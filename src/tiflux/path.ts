/**
 * The one place where values enter a TiFlux URL path. Ticket numbers must be digits; ids must be positive integers.
 * Anything else (`1/../../users`, `12?x=1`, `-3`, `1e3`, ` 12`) is refused with a TiFluxInputError before any request
 * is made, so a model-supplied argument can never steer a call to another route.
 */
import { TiFluxInputError } from './errors.js';

declare const pathSegmentBrand: unique symbol;
/** A value already checked by this module; the only thing `apiPath` accepts between its literal parts. */
export type PathSegment = string & { readonly [pathSegmentBrand]: true };

const DIGITS = /^[0-9]{1,15}$/;

function describe(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** A positive integer id from a number or a digits-only string; throws TiFluxInputError otherwise. */
export function parsePositiveId(value: unknown, field: string): number {
  const id =
    typeof value === 'number' ? value : typeof value === 'string' && DIGITS.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw new TiFluxInputError(field, `must be a positive whole number (got ${describe(value)}).`);
  }
  return id;
}

/** A ticket number (TiFlux's `ticket_number`, not an internal id): digits only. */
export function ticketNumberSegment(value: unknown, field = 'ticket_number'): PathSegment {
  const digits = typeof value === 'number' ? String(value) : value;
  if (typeof digits !== 'string' || !DIGITS.test(digits) || !Number.isSafeInteger(Number(digits)) || Number(digits) <= 0) {
    throw new TiFluxInputError(field, `must be a ticket number made of digits only, e.g. "84429" (got ${describe(value)}).`);
  }
  return String(Number(digits)) as PathSegment;
}

/** An internal id (desk, client, communication…): a positive integer. */
export function idSegment(value: unknown, field: string): PathSegment {
  return String(parsePositiveId(value, field)) as PathSegment;
}

/**
 * Tagged template for API paths: apiPath`/tickets/${ticketNumberSegment(n)}/answers`. Interpolations must be
 * PathSegments; they are re-checked and percent-encoded here as a second line of defence.
 */
export function apiPath(literals: TemplateStringsArray, ...segments: PathSegment[]): string {
  let path = literals[0] ?? '';
  segments.forEach((segment, index) => {
    if (!DIGITS.test(segment)) {
      throw new TiFluxInputError('path', `segment ${describe(segment)} is not a checked id.`);
    }
    path += encodeURIComponent(segment) + (literals[index + 1] ?? '');
  });
  return path;
}
