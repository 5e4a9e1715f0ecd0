import { describe, expect, it } from 'vitest';
import { TiFluxInputError } from '../../src/tiflux/errors.js';
import { formatIdList } from '../../src/tiflux/id-list.js';
import { checkPageRequest, collectAllPages, parseTotalItems, toPage } from '../../src/tiflux/paging.js';

describe('formatIdList', () => {
  it('normalises the comma-separated form the tools receive', () => {
    expect(formatIdList(' 1, 2,,3 ,2', 'desk_ids')).toBe('1,2,3');
    expect(formatIdList([4, '5'], 'desk_ids')).toBe('4,5');
    expect(formatIdList('', 'desk_ids')).toBeUndefined();
    expect(formatIdList(undefined, 'desk_ids')).toBeUndefined();
  });

  it('accepts exactly 15 ids and refuses 16 with a message saying so', () => {
    const fifteen = Array.from({ length: 15 }, (_, i) => i + 1);
    expect(formatIdList(fifteen, 'desk_ids')?.split(',')).toHaveLength(15);
    expect(() => formatIdList([...fifteen, 16].join(','), 'desk_ids')).toThrow(
      'desk_ids accepts at most 15 ids (got 16); split the search into several calls.',
    );
  });

  it('refuses entries that are not ids', () => {
    expect(() => formatIdList('1,abc', 'client_ids')).toThrow(TiFluxInputError);
    expect(() => formatIdList('1,-2', 'client_ids')).toThrow(/client_ids must be a positive whole number/);
  });
});

describe('paging', () => {
  it('defaults to page 1 of 20 and refuses out-of-range values instead of clamping', () => {
    expect(checkPageRequest()).toEqual({ offset: 1, limit: 20, peekAtEnd: true });
    expect(checkPageRequest({ offset: 3, limit: 200 })).toEqual({ offset: 3, limit: 200, peekAtEnd: true });
    expect(() => checkPageRequest({ limit: 201 })).toThrow('limit must be a whole number from 1 to 200 (got 201).');
    expect(() => checkPageRequest({ offset: 0 })).toThrow(/offset is a 1-based page number/);
    expect(() => checkPageRequest({ limit: 2.5 })).toThrow(TiFluxInputError);
  });

  it('reads X-Total-Items only when it is a number', () => {
    expect(parseTotalItems('42')).toBe(42);
    expect(parseTotalItems(undefined)).toBeUndefined();
    expect(parseTotalItems('lots')).toBeUndefined();
  });

  it('knows whether more pages exist, from the total or from a full page', () => {
    expect(toPage([1, 2], { offset: 1, limit: 2 }, 5).hasMore).toBe(true);
    expect(toPage([5], { offset: 3, limit: 2 }, 5).hasMore).toBe(false);
    expect(toPage([1, 2], { offset: 1, limit: 2 }, undefined).hasMore).toBe(true);
    expect(toPage([1], { offset: 1, limit: 2 }, undefined).hasMore).toBe(false);
  });

  it('collects every page with limit 200 and stops at the last one', async () => {
    const rows = Array.from({ length: 450 }, (_, i) => i);
    const asked: number[] = [];
    const all = await collectAllPages(async (page) => {
      asked.push(page.offset);
      const items = rows.slice((page.offset - 1) * page.limit, page.offset * page.limit);
      return toPage(items, page, undefined);
    });
    expect(all).toEqual(rows);
    expect(asked).toEqual([1, 2, 3]);
  });

  it('stops after 50 pages if an endpoint ignores offset', async () => {
    let calls = 0;
    const all = await collectAllPages(async (page) => {
      calls++;
      return toPage(Array.from({ length: page.limit }, () => 1), page, undefined);
    });
    expect(calls).toBe(50);
    expect(all).toHaveLength(50 * 200);
  });
});
