import { describe, expect, it } from 'vitest';
import { pageInfoOf, pageOfList, pagingLine } from '../../src/tools/format/paging.js';

describe('paging', () => {
  it('pages a held list with 1-based offsets', () => {
    const { items, info } = pageOfList([1, 2, 3, 4, 5], 2, 2);
    expect(items).toEqual([3, 4]);
    expect(info).toEqual({ offset: 2, limit: 2, total: 5, has_more: true, next_offset: 3 });
    expect(pageOfList([1, 2, 3, 4, 5], 3, 2).info).toMatchObject({ has_more: false, next_offset: null });
  });

  it('maps a TiFlux page, with or without X-Total-Items', () => {
    expect(pageInfoOf({ offset: 1, limit: 20, total: 143, hasMore: true })).toEqual({
      offset: 1, limit: 20, total: 143, has_more: true, next_offset: 2,
    });
    expect(pageInfoOf({ offset: 3, limit: 20, total: undefined, hasMore: false }).total).toBeNull();
  });

  it('says the total, the range and exactly how to get the next page', () => {
    expect(pagingLine({ offset: 2, limit: 20, total: 143, has_more: true, next_offset: 3 }, 20, 'tickets')).toBe(
      'Page 2 · 20 of 143 tickets shown (21–40). Next page: call again with the same arguments and offset 3.',
    );
    expect(pagingLine({ offset: 1, limit: 20, total: null, has_more: false, next_offset: null }, 3, 'notes')).toBe(
      'Page 1 · 3 notes shown (1–3). This is the last page.',
    );
  });
});
