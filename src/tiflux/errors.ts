/**
 * The typed errors the TiFlux client throws. Every one carries a `userMessage` written for a person (it is also the
 * `message`, so a careless `String(err)` is still safe): upstream bodies, HTML, stack traces and the API key never
 * appear in it. The tool boundary turns these into `isError: true` results.
 */

export type TiFluxErrorKind =
  | 'auth' // 401: the key is unknown, revoked or expired
  | 'forbidden' // 403: the key works but lacks a permission or licence
  | 'not_found' // 404
  | 'validation' // 422 (and other 4xx TiFlux uses to reject a request: 400, 409, 415…)
  | 'rate_limited' // 429
  | 'unavailable' // 5xx, network failure, timeout, or no time left before the invocation deadline
  | 'unreadable' // a 2xx whose body is not the JSON we expect (HTML, malformed, wrong shape)
  | 'invalid_input'; // caught locally, before any request: bad path value, too many ids, bad paging…

export abstract class TiFluxError extends Error {
  abstract readonly kind: TiFluxErrorKind;
  /** HTTP status TiFlux answered, when there was one. */
  readonly status: number | undefined;
  /** TiFlux's 5-digit `error_code` (HTTP status + 2-digit sub-code), when the body carried one. */
  readonly errorCode: number | undefined;

  constructor(
    readonly userMessage: string,
    details: { status?: number; errorCode?: number } = {},
  ) {
    super(userMessage);
    this.status = details.status;
    this.errorCode = details.errorCode;
  }

  /**
   * For logs, e.g. "TiFluxError(rate_limited)". Derived from `kind` rather than the class name, which the
   * production bundle minifies (keeping names costs ~6 ms of cold start).
   */
  override get name(): string {
    // `kind` is a subclass field, not yet set while Error's constructor captures the stack.
    return this.kind === undefined ? 'TiFluxError' : `TiFluxError(${this.kind})`;
  }
}

export class TiFluxAuthError extends TiFluxError {
  readonly kind = 'auth';
  constructor(errorCode?: number) {
    super(
      'TiFlux rejected the API key (HTTP 401): check the x-tiflux-api-key header; the key may be wrong, revoked or expired, or its user may have lost the API licence.',
      { status: 401, errorCode },
    );
  }
}

export class TiFluxForbiddenError extends TiFluxError {
  readonly kind = 'forbidden';
  constructor(action: string, errorCode?: number) {
    const why =
      errorCode === 40304
        ? 'the organisation has no active Tickets licence'
        : 'the API key’s user lacks the permission (some routes need an admin key)';
    super(`TiFlux refused to ${action} (HTTP 403): ${why}.`, { status: 403, errorCode });
  }
}

export class TiFluxNotFoundError extends TiFluxError {
  readonly kind = 'not_found';
  constructor(resource: string, errorCode?: number) {
    super(`TiFlux found no ${resource} (HTTP 404): check the number or id.`, { status: 404, errorCode });
  }
}

/** One field TiFlux complained about, e.g. `{ field: 'title', messages: ["can't be blank"] }`. */
export interface ValidationDetail {
  field: string;
  messages: string[];
}

export class TiFluxValidationError extends TiFluxError {
  readonly kind = 'validation';
  constructor(
    action: string,
    status: number,
    readonly details: ValidationDetail[],
    errorCode?: number,
  ) {
    const summary = details.length
      ? details.map((d) => (d.field ? `${d.field}: ${d.messages.join('; ')}` : d.messages.join('; '))).join(' | ')
      : 'no details given';
    super(`TiFlux rejected the request to ${action} (HTTP ${status}${errorCode ? `, code ${errorCode}` : ''}): ${summary}.`, {
      status,
      errorCode,
    });
  }
}

export class TiFluxRateLimitError extends TiFluxError {
  readonly kind = 'rate_limited';
  constructor(
    /** Seconds TiFlux asked us to wait (Retry-After), when it said. */
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(
      retryAfterSeconds !== undefined
        ? `TiFlux is rate limiting this API key (HTTP 429): retry in ${retryAfterSeconds} s.`
        : 'TiFlux is rate limiting this API key (HTTP 429): wait a minute and retry.',
      { status: 429 },
    );
  }
}

export type UnavailableReason = 'server_error' | 'network' | 'timeout' | 'deadline';

export class TiFluxUnavailableError extends TiFluxError {
  readonly kind = 'unavailable';
  constructor(
    readonly reason: UnavailableReason,
    userMessage: string,
    status?: number,
    /** True when a write may have been applied even though we got no success answer. */
    readonly outcomeUnknown = false,
  ) {
    super(userMessage, { status });
  }
}

export class TiFluxUnreadableResponseError extends TiFluxError {
  readonly kind = 'unreadable';
  constructor(
    readonly action: string,
    readonly what: string,
    status?: number,
    /** A write TiFlux answered with 2xx: it was probably applied, so repeating it could make it twice. */
    readonly outcomeUnknown = false,
  ) {
    super(
      outcomeUnknown
        ? `TiFlux answered the request to ${action} with ${what}, not the JSON expected. ${PROBABLY_APPLIED}`
        : `TiFlux answered the request to ${action} with ${what}, not the JSON expected; try again later.`,
      { status },
    );
  }

  /** The same failure, known to follow a write TiFlux accepted (run-tool.ts learns that from the call reports). */
  afterWrite(): TiFluxUnreadableResponseError {
    return this.outcomeUnknown ? this : new TiFluxUnreadableResponseError(this.action, this.what, this.status, true);
  }
}

/** What a write whose outcome we cannot read tells the user (like the after-send failures in error-mapping.ts). */
export const PROBABLY_APPLIED =
  'The change was probably applied: check in TiFlux before repeating it, so it is not made twice.';

export class TiFluxInputError extends TiFluxError {
  readonly kind = 'invalid_input';
  constructor(
    /** The argument at fault, e.g. `ticket_number`. */
    readonly field: string,
    problem: string,
  ) {
    super(`${field} ${problem}`);
  }
}

export function isTiFluxError(value: unknown): value is TiFluxError {
  return value instanceof TiFluxError;
}
