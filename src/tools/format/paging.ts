/** Paging as the model sees it: the total when TiFlux gives it, and exactly how to ask for the next page. */
import * as z from 'zod';

export interface PageInfo {
  offset: number;
  limit: number;
  /** From X-Total-Items (or a count we made ourselves); null when TiFlux did not say. */
  total: number | null;
  has_more: boolean;
  /** The offset to pass for the next page, or null on the last page. */
  next_offset: number | null;
}

/** The same fields, for output schemas. */
export const pageInfoOutput = () => ({
  offset: z.number().int(),
  limit: z.number().int(),
  total: z.number().int().nullable(),
  has_more: z.boolean(),
  next_offset: z.number().int().nullable(),
});

export function pageInfoOf(page: { offset: number; limit: number; total: number | undefined; hasMore: boolean }): PageInfo {
  return {
    offset: page.offset,
    limit: page.limit,
    total: page.total ?? null,
    has_more: page.hasMore,
    next_offset: page.hasMore ? page.offset + 1 : null,
  };
}

/** Pages a list we hold entirely (a cached lookup): same 1-based offset/limit as TiFlux. */
export function pageOfList<T>(items: readonly T[], offset: number, limit: number): { items: T[]; info: PageInfo } {
  const start = (offset - 1) * limit;
  const hasMore = start + limit < items.length;
  return {
    items: items.slice(start, start + limit),
    info: { offset, limit, total: items.length, has_more: hasMore, next_offset: hasMore ? offset + 1 : null },
  };
}

/** "Page 2 · 20 of 143 tickets shown (21–40). Next page: offset 3." */
export function pagingLine(info: PageInfo, shown: number, plural: string): string {
  const first = (info.offset - 1) * info.limit + 1;
  const range = shown > 0 ? ` (${first}–${first + shown - 1})` : '';
  const of = info.total !== null ? ` of ${info.total}` : '';
  const next = info.has_more
    ? `Next page: call again with the same arguments and offset ${info.next_offset}.`
    : 'This is the last page.';
  return `Page ${info.offset} · ${shown}${of} ${plural} shown${range}. ${next}`;
}
