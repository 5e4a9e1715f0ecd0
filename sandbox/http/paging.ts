// Page-based pagination as TiFlux does it (docs/tiflux-rest-api.md#paging): `offset` is a 1-based PAGE number, `limit` the
// page size.

import { invalid } from './api-response.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 200;

export interface Page {
  offset: number;
  limit: number;
}

/**
 * Reads `offset`/`limit`. What the real API does with `limit > 200` or `offset < 1` is unverified
 * (docs/tiflux-rest-api.md#open-questions, q2); TiFlux's clients never send more than 200, so the sandbox CLAMPS:
 * `limit=500` silently returns at most 200 rows, and `offset=0` is page 1. A client that asks for more than 200 and
 * stops when a page is shorter than its own limit therefore misses rows here, exactly as it would against a capping
 * API. Non-numeric values are a 422.
 */
export function readPage(query: URLSearchParams): Page {
  return {
    offset: Math.max(1, readPositiveNumber(query, 'offset') ?? 1),
    limit: Math.min(MAX_LIMIT, Math.max(1, readPositiveNumber(query, 'limit') ?? DEFAULT_LIMIT)),
  };
}

export function paginate<T>(items: readonly T[], page: Page): T[] {
  const start = (page.offset - 1) * page.limit;
  return items.slice(start, start + page.limit);
}

/**
 * The total-count header. TiFlux is known to send it only on some endpoints (docs/tiflux-rest-api.md#paging: `/tickets`
 * among the ones the sandbox serves); elsewhere it is left out on purpose so clients must use the "a full page means
 * maybe more" rule.
 */
export function totalItemsHeader(total: number): Record<string, string> {
  return { 'X-Total-Items': String(total) };
}

function readPositiveNumber(query: URLSearchParams, name: string): number | undefined {
  const value = query.get(name);
  if (value === null || value === '') return undefined;
  if (!/^-?\d+$/.test(value)) throw invalid({ [name]: ['must be an integer'] });
  return Number(value);
}
