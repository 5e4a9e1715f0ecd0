/**
 * When to try an upstream call again (docs/design-choices.md#tiflux-calls, exact numbers):
 * - at most 3 attempts;
 * - GET: 429, 502/503/504, connection reset/refused, timeouts;
 * - POST/PUT/DELETE: only when TiFlux provably did not process the request: a 429, or a connection refused (nothing
 *   was sent). Never after a 5xx, a timeout or a reset: TiFlux may have committed it, and a create must not run twice;
 * - backoff 200 ms × 2ⁿ with full jitter, capped at 2 s; `Retry-After` honoured when it fits in the time left;
 * - nothing waits past the invocation's deadline.
 */
import type { HttpMethod } from './transport-types.js';
import { MAX_CALL_TIMEOUT_MS, MIN_ATTEMPT_MS } from './deadline.js';

export const MAX_ATTEMPTS = 3;
export const BASE_BACKOFF_MS = 200;
export const MAX_BACKOFF_MS = 2_000;
/** With no deadline (local runs), a Retry-After longer than one call's timeout is not waited for. */
export const MAX_RETRY_AFTER_WAIT_MS = MAX_CALL_TIMEOUT_MS;

/** How one attempt ended, when it did not succeed. */
export type FailedAttempt =
  | { kind: 'http'; status: number; retryAfterMs?: number }
  | { kind: 'network'; code: string }
  | { kind: 'timeout' };

export type RetryDecision =
  | { retry: true; delayMs: number }
  | { retry: false; reason: 'not_retryable' | 'attempts_exhausted' | 'no_time_left' | 'retry_after_too_long' };

const RETRYABLE_GET_STATUSES = new Set([429, 502, 503, 504]);
const RETRYABLE_GET_NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']);

export function isRetryable(method: HttpMethod, failure: FailedAttempt, retryOnlyUnsent = false): boolean {
  if (retryOnlyUnsent) return failure.kind === 'network' && failure.code === 'ECONNREFUSED';
  if (method === 'GET') {
    if (failure.kind === 'http') return RETRYABLE_GET_STATUSES.has(failure.status);
    if (failure.kind === 'network') return RETRYABLE_GET_NETWORK_CODES.has(failure.code);
    return true;
  }
  // Writes: a refused connection means nothing was sent; a 429 means TiFlux turned it away unprocessed.
  if (failure.kind === 'http') return failure.status === 429;
  return failure.kind === 'network' && failure.code === 'ECONNREFUSED';
}

/** Full jitter: a uniform wait in [0, min(2 s, 200 ms × 2ⁿ)), n = 0 for the first retry. */
export function backoffDelayMs(retryIndex: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** retryIndex);
  return Math.floor(random() * ceiling);
}

/** `Retry-After` as delta-seconds or an HTTP date, in ms from now; undefined when absent or unreadable. */
export function parseRetryAfterMs(header: string | undefined, nowMs: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

export function decideRetry(input: {
  method: HttpMethod;
  failure: FailedAttempt;
  /** 1-based number of the attempt that just failed. */
  attempt: number;
  /** Usable ms left before the deadline (Infinity without one). */
  budgetMs: number;
  random?: () => number;
  /** The request asked never to be repeated once sent (UpstreamRequest.retryOnlyUnsent). */
  retryOnlyUnsent?: boolean;
}): RetryDecision {
  const { method, failure, attempt, budgetMs } = input;
  if (!isRetryable(method, failure, input.retryOnlyUnsent)) return { retry: false, reason: 'not_retryable' };

  const retryAfterMs = failure.kind === 'http' ? failure.retryAfterMs : undefined;
  if (retryAfterMs !== undefined) {
    // Waiting only to be killed by the deadline helps no one: say when to retry instead.
    const waitLimit = Number.isFinite(budgetMs) ? budgetMs - MIN_ATTEMPT_MS : MAX_RETRY_AFTER_WAIT_MS;
    if (retryAfterMs > waitLimit) return { retry: false, reason: 'retry_after_too_long' };
  }
  if (attempt >= MAX_ATTEMPTS) return { retry: false, reason: 'attempts_exhausted' };

  const delayMs = retryAfterMs ?? backoffDelayMs(attempt - 1, input.random);
  if (delayMs + MIN_ATTEMPT_MS > budgetMs) return { retry: false, reason: 'no_time_left' };
  return { retry: true, delayMs };
}
