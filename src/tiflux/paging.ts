/**
 * TiFlux paging: `offset` is a 1-based PAGE number (not a row offset), `limit` is 1..200 (default 20), and list
 * endpoints report the total in the `X-Total-Items` header. Out-of-range values are refused, never clamped.
 */
import { TiFluxInputError } from './errors.js';
import type { Transport, UpstreamRequest } from './transport-types.js';

export const DEFAULT_PAGE_LIMIT = 20;
export const MAX_PAGE_LIMIT = 200;
/** Safety stop for "read every page" loops, in case an endpoint ignores `offset` (200 × 50 = 10,000 rows). */
export const MAX_PAGES_PER_LISTING = 50;

export interface PageRequest {
  /** 1-based page number; default 1. */
  offset?: number;
  /** Rows per page, 1..200; default 20. */
  limit?: number;
  /**
   * Default true: a full page without `X-Total-Items` reads the one row after it, so has_more is exact
   * (settleHasMore). collectAllPages turns it off: it reads the next page anyway.
   */
  peekAtEnd?: boolean;
}

export interface Page<T> {
  items: T[];
  /** The page that was read (1-based). */
  offset: number;
  limit: number;
  /** From `X-Total-Items`, when TiFlux sent it. */
  total: number | undefined;
  /** Whether another page exists (from the total when known, else from settleHasMore's one-row read). */
  hasMore: boolean;
  /** Copied from the request (PageRequest.peekAtEnd). */
  peekAtEnd?: boolean;
}

export function checkPageRequest(page: PageRequest = {}): Required<PageRequest> {
  const offset = page.offset ?? 1;
  const limit = page.limit ?? DEFAULT_PAGE_LIMIT;
  if (!Number.isSafeInteger(offset) || offset < 1) {
    throw new TiFluxInputError('offset', `is a 1-based page number and must be a whole number ≥ 1 (got ${offset}).`);
  }
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_PAGE_LIMIT) {
    throw new TiFluxInputError('limit', `must be a whole number from 1 to ${MAX_PAGE_LIMIT} (got ${limit}).`);
  }
  return { offset, limit, peekAtEnd: page.peekAtEnd ?? true };
}

/** Adds offset/limit to a query string after checking them. */
export function addPageParams(query: URLSearchParams, page: PageRequest | undefined): Required<PageRequest> {
  const checked = checkPageRequest(page);
  query.set('offset', String(checked.offset));
  query.set('limit', String(checked.limit));
  return checked;
}

export function parseTotalItems(header: string | undefined): number | undefined {
  if (header === undefined || !/^\s*\d+\s*$/.test(header)) return undefined;
  return Number(header);
}

export function toPage<T>(items: T[], page: { offset: number; limit: number; peekAtEnd?: boolean }, total: number | undefined): Page<T> {
  const hasMore = total !== undefined ? page.offset * page.limit < total : items.length === page.limit;
  return { items, offset: page.offset, limit: page.limit, total, hasMore, peekAtEnd: page.peekAtEnd };
}

/**
 * A full page without `X-Total-Items` only says "maybe more": the page that ends exactly at the last row used to
 * promise a next page that came back empty. Reading the single row after it settles the question (one small
 * call, only for a full page without a total; collectAllPages saves the empty page it would have read instead).
 * A failed peek leaves the answer at "maybe more".
 */
export async function settleHasMore<T>(page: Page<T>, transport: Transport, request: UpstreamRequest | undefined): Promise<Page<T>> {
  if (page.total !== undefined || !page.hasMore || request === undefined || page.peekAtEnd === false) return page;
  const query = new URLSearchParams(request.query);
  query.set('offset', String(page.offset * page.limit + 1));
  query.set('limit', '1');
  try {
    const response = await transport.send({ ...request, query });
    return { ...page, hasMore: Array.isArray(response.body) && response.body.length > 0 };
  } catch {
    return page;
  }
}

/**
 * Reads every page of a listing with the largest page size. Stops at the last page, at an empty page, or after
 * MAX_PAGES_PER_LISTING pages.
 */
export async function collectAllPages<T>(readPage: (page: Required<PageRequest>) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  for (let offset = 1; offset <= MAX_PAGES_PER_LISTING; offset++) {
    const page = await readPage({ offset, limit: MAX_PAGE_LIMIT, peekAtEnd: false });
    all.push(...page.items);
    if (!page.hasMore || page.items.length === 0) break;
  }
  return all;
}
