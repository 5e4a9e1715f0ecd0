/** Time budget of one upstream call, from docs/design-choices.md#tiflux-calls: min(10 s, remaining Lambda time − 1.5 s). */

export const MAX_CALL_TIMEOUT_MS = 10_000;
/** Left for the tool to format its answer and for Lambda to send it before the invocation is killed. */
export const DEADLINE_MARGIN_MS = 1_500;
/** Starting an attempt with less time than this cannot succeed; fail at once instead. */
export const MIN_ATTEMPT_MS = 100;

/** Milliseconds still usable for TiFlux calls; Infinity when the caller has no deadline (local runs, tests). */
export function usableBudgetMs(remainingTimeMs: (() => number) | undefined): number {
  if (!remainingTimeMs) return Number.POSITIVE_INFINITY;
  const remaining = remainingTimeMs();
  return Number.isFinite(remaining) ? remaining - DEADLINE_MARGIN_MS : Number.POSITIVE_INFINITY;
}

/** Timeout for the next attempt, or 0 when there is no point starting one. */
export function attemptTimeoutMs(budgetMs: number): number {
  const timeout = Math.min(MAX_CALL_TIMEOUT_MS, budgetMs);
  return timeout >= MIN_ATTEMPT_MS ? Math.floor(timeout) : 0;
}
