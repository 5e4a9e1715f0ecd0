import { describe, expect, it } from 'vitest';
import { attemptTimeoutMs, usableBudgetMs } from '../../src/tiflux/deadline.js';
import { backoffDelayMs, decideRetry, isRetryable, parseRetryAfterMs } from '../../src/tiflux/retry-policy.js';

describe('deadline budget', () => {
  it('uses min(10 s, remaining − 1.5 s)', () => {
    expect(attemptTimeoutMs(usableBudgetMs(() => 60_000))).toBe(10_000);
    expect(attemptTimeoutMs(usableBudgetMs(() => 4_000))).toBe(2_500);
    expect(attemptTimeoutMs(usableBudgetMs(undefined))).toBe(10_000);
  });

  it('gives no time at all when the margin is already eaten', () => {
    expect(attemptTimeoutMs(usableBudgetMs(() => 1_500))).toBe(0);
    expect(attemptTimeoutMs(usableBudgetMs(() => 200))).toBe(0);
  });
});

describe('backoff', () => {
  it('is 200 ms × 2ⁿ with full jitter, capped at 2 s', () => {
    const top = () => 0.999999;
    expect(backoffDelayMs(0, top)).toBe(199);
    expect(backoffDelayMs(1, top)).toBe(399);
    expect(backoffDelayMs(3, top)).toBe(1599);
    expect(backoffDelayMs(4, top)).toBe(1999);
    expect(backoffDelayMs(10, top)).toBe(1999);
    expect(backoffDelayMs(2, () => 0)).toBe(0);
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfterMs('3')).toBe(3000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfterMs('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfterMs('soon')).toBeUndefined();
    expect(parseRetryAfterMs(undefined)).toBeUndefined();
  });
});

describe('which failures are retried', () => {
  it('retries GETs on 429, 502/503/504, resets and timeouts, not on 500 or 4xx', () => {
    for (const status of [429, 502, 503, 504]) expect(isRetryable('GET', { kind: 'http', status })).toBe(true);
    for (const status of [500, 400, 404, 422]) expect(isRetryable('GET', { kind: 'http', status })).toBe(false);
    expect(isRetryable('GET', { kind: 'network', code: 'ECONNRESET' })).toBe(true);
    expect(isRetryable('GET', { kind: 'timeout' })).toBe(true);
  });

  it('retries writes only when TiFlux provably did not process them', () => {
    for (const method of ['POST', 'PUT', 'DELETE'] as const) {
      expect(isRetryable(method, { kind: 'http', status: 429 })).toBe(true);
      expect(isRetryable(method, { kind: 'network', code: 'ECONNREFUSED' })).toBe(true);
      expect(isRetryable(method, { kind: 'http', status: 503 })).toBe(false);
      expect(isRetryable(method, { kind: 'http', status: 502 })).toBe(false);
      expect(isRetryable(method, { kind: 'network', code: 'ECONNRESET' })).toBe(false);
      expect(isRetryable(method, { kind: 'timeout' })).toBe(false);
    }
  });
});

describe('decideRetry', () => {
  const base = { method: 'GET' as const, budgetMs: Number.POSITIVE_INFINITY, random: () => 0.5 };

  it('makes at most 3 attempts', () => {
    const failure = { kind: 'http' as const, status: 503 };
    expect(decideRetry({ ...base, failure, attempt: 1 })).toEqual({ retry: true, delayMs: 100 });
    expect(decideRetry({ ...base, failure, attempt: 2 })).toEqual({ retry: true, delayMs: 200 });
    expect(decideRetry({ ...base, failure, attempt: 3 })).toEqual({ retry: false, reason: 'attempts_exhausted' });
  });

  it('waits the Retry-After when it fits in the time left, and gives up at once when it does not', () => {
    const failure = { kind: 'http' as const, status: 429, retryAfterMs: 1000 };
    expect(decideRetry({ ...base, failure, attempt: 1, budgetMs: 5000 })).toEqual({ retry: true, delayMs: 1000 });
    expect(decideRetry({ ...base, failure, attempt: 1, budgetMs: 800 })).toEqual({
      retry: false,
      reason: 'retry_after_too_long',
    });
    // No deadline: an hour-long Retry-After is not waited for either.
    expect(
      decideRetry({ ...base, failure: { ...failure, retryAfterMs: 3_600_000 }, attempt: 1 }),
    ).toEqual({ retry: false, reason: 'retry_after_too_long' });
  });

  it('does not start a backoff that would end past the deadline', () => {
    const failure = { kind: 'timeout' as const };
    expect(decideRetry({ ...base, failure, attempt: 1, budgetMs: 150, random: () => 0.9 })).toEqual({
      retry: false,
      reason: 'no_time_left',
    });
  });

  it('never retries a 5xx on a write', () => {
    expect(decideRetry({ ...base, method: 'POST', failure: { kind: 'http', status: 503 }, attempt: 1 })).toEqual({
      retry: false,
      reason: 'not_retryable',
    });
  });
});

describe('retryOnlyUnsent (writes that reach a person, e.g. send_message)', () => {
  it('retries only a refused connection: never a 429, a 5xx, a reset or a timeout', () => {
    const decide = (failure: Parameters<typeof decideRetry>[0]['failure']) =>
      decideRetry({ method: 'POST', failure, attempt: 1, budgetMs: Infinity, random: () => 0, retryOnlyUnsent: true }).retry;
    expect(decide({ kind: 'network', code: 'ECONNREFUSED' })).toBe(true);
    expect(decide({ kind: 'http', status: 429 })).toBe(false);
    expect(decide({ kind: 'http', status: 503 })).toBe(false);
    expect(decide({ kind: 'network', code: 'ECONNRESET' })).toBe(false);
    expect(decide({ kind: 'timeout' })).toBe(false);
  });
});
