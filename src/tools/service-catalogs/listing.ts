/**
 * The three list tools share one shape: without `name`, one TiFlux page as asked; with `name`, every record of the
 * parent ranked accent- and case-insensitively, best matches first (TiFlux's own `name` filter is an `ilike`, so
 * "impressao" would not find "Impressão"), then paged the same way.
 */
import type { Page } from '../../tiflux/client.js';
import { collectAllPages } from '../../tiflux/paging.js';
import type { Verbosity } from '../selection.js';
import { renderList } from '../format/list.js';
import { pageInfoOf, pageOfList, type PageInfo } from '../format/paging.js';
import { closestByWords, rankByName } from '../names/match-names.js';

export interface Listing<T> {
  rows: T[];
  info: PageInfo;
  /** With a name that matched nothing: the closest names. */
  closest: T[];
}

export async function listOrRank<T extends { name: string }>(
  readPage: (page: { offset: number; limit: number }) => Promise<Page<T>>,
  args: { name?: string; offset: number; limit: number },
): Promise<Listing<T>> {
  if (args.name === undefined) {
    const page = await readPage({ offset: args.offset, limit: args.limit });
    return { rows: page.items, info: pageInfoOf(page), closest: [] };
  }
  const all = await collectAllPages(readPage);
  const ranked = rankByName(args.name, all, (record) => [record.name]).map(({ item }) => item);
  const { items, info } = pageOfList(ranked, args.offset, args.limit);
  const closest = ranked.length ? [] : closestByWords(args.name, all, (record) => [record.name]);
  return { rows: items, info, closest };
}

/** The Markdown of a list answer (format/list.ts), or why nothing is shown. */
export function listingText<T>(
  listing: Listing<T>,
  words: { heading: string; plural: string; empty: string; name?: string },
  line: (row: T) => string,
  verbosity: Verbosity,
): string {
  if (listing.rows.length) {
    return renderList({ heading: words.heading, rows: listing.rows.map(line), info: listing.info, plural: words.plural }, verbosity);
  }
  if (listing.info.offset > 1 && (listing.info.total ?? 0) > 0) {
    return `No ${words.plural} on page ${listing.info.offset}: the ${listing.info.total} ${words.plural} end before it.`;
  }
  if (words.name !== undefined) {
    return (
      `No ${words.plural} match "${words.name}" (${words.empty}).` +
      (listing.closest.length ? `\nClosest names:\n${listing.closest.map(line).join('\n')}` : '')
    );
  }
  return `No ${words.plural} (${words.empty}).`;
}
