/**
 * Matching a typed name against every name TiFlux knows (docs/design-choices.md#name-resolution). Pure: no I/O.
 *
 * Both sides are normalised (normalise.ts), then each candidate gets the best tier any of its names reaches:
 *   exact        the whole name equals the query
 *   prefix       the name starts with the query
 *   word-prefix  every word of the query starts a word of the name ("sup tec" → "Suporte Técnico")
 *   contains     the query appears anywhere in the name
 * The best non-empty tier decides: one candidate there is the answer, several are ambiguous. With no candidate at
 * all, the names sharing the most words with the query are offered instead.
 */
import { compareNames, normaliseName, wordsOf } from './normalise.js';

export const MATCH_TIERS = ['exact', 'prefix', 'word-prefix', 'contains'] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];

/** The names a candidate answers to (a desk has a name and a display name; a user a name and an e-mail). */
export type NamesOf<T> = (item: T) => readonly (string | null | undefined)[];

export interface RankedMatch<T> {
  item: T;
  tier: MatchTier;
}

export type NameMatch<T> =
  | { kind: 'one'; item: T; tier: MatchTier }
  | { kind: 'several'; items: T[]; tier: MatchTier }
  | { kind: 'none'; closest: T[] };

interface PreparedQuery {
  text: string;
  words: string[];
}

function prepare(query: string): PreparedQuery {
  const text = normaliseName(query);
  return { text, words: wordsOf(text) };
}

function tierOfName(query: PreparedQuery, rawName: string): MatchTier | undefined {
  const name = normaliseName(rawName);
  if (name === query.text) return 'exact';
  if (name.startsWith(query.text)) return 'prefix';
  const nameWords = wordsOf(name);
  if (query.words.length > 0 && query.words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)))) {
    return 'word-prefix';
  }
  if (name.includes(query.text)) return 'contains';
  return undefined;
}

function tierOf<T>(query: PreparedQuery, item: T, namesOf: NamesOf<T>): MatchTier | undefined {
  let best: number | undefined;
  for (const name of namesOf(item)) {
    if (!name) continue;
    const tier = tierOfName(query, name);
    if (tier === undefined) continue;
    const rank = MATCH_TIERS.indexOf(tier);
    if (best === undefined || rank < best) best = rank;
  }
  return best === undefined ? undefined : MATCH_TIERS[best];
}

function firstName<T>(item: T, namesOf: NamesOf<T>): string {
  return namesOf(item).find((name): name is string => Boolean(name)) ?? '';
}

function byFirstName<T>(namesOf: NamesOf<T>) {
  return (a: T, b: T) => compareNames(firstName(a, namesOf), firstName(b, namesOf));
}

/** Every candidate that matches at all, best tier first, then alphabetically. For search tools. */
export function rankByName<T>(query: string, items: readonly T[], namesOf: NamesOf<T>): RankedMatch<T>[] {
  const prepared = prepare(query);
  if (!prepared.text) return [];
  const ranked: RankedMatch<T>[] = [];
  for (const item of items) {
    const tier = tierOf(prepared, item, namesOf);
    if (tier) ranked.push({ item, tier });
  }
  const alphabetical = byFirstName(namesOf);
  return ranked.sort(
    (a, b) => MATCH_TIERS.indexOf(a.tier) - MATCH_TIERS.indexOf(b.tier) || alphabetical(a.item, b.item),
  );
}

/**
 * Every item, those matching `query` first (in rankByName's order), then the others as they came: for lists whose
 * server-side filter also keeps rows our tiers do not match (a telephone filter alongside, a partial e-mail).
 */
export function bestFirst<T>(query: string | undefined, items: readonly T[], namesOf: NamesOf<T>): T[] {
  if (!query) return [...items];
  const ordered = rankByName(query, items, namesOf).map(({ item }) => item);
  const ranked = new Set(ordered);
  return [...ordered, ...items.filter((item) => !ranked.has(item))];
}

/**
 * Resolves a name to one candidate, several (ambiguous), or none (with up to `maxClosest` closest names; a caller
 * that has no use for them passes 0 and skips the typo search).
 */
export function matchName<T>(query: string, items: readonly T[], namesOf: NamesOf<T>, maxClosest = 5): NameMatch<T> {
  const ranked = rankByName(query, items, namesOf);
  const best = ranked[0];
  if (!best) return { kind: 'none', closest: closestByWords(query, items, namesOf, maxClosest) };
  const inBestTier = ranked.filter((match) => match.tier === best.tier).map((match) => match.item);
  if (inBestTier.length === 1) return { kind: 'one', item: best.item, tier: best.tier };
  return { kind: 'several', items: inBestTier, tier: best.tier };
}

/**
 * Two words are related when equal, when one starts with the other and the shorter has 3+ letters, or when they
 * are a small typo apart (a swapped, missing, extra or wrong letter: "padarai" → "padaria"): one edit for words
 * of 4+ letters, two for 8+.
 */
function wordsShare(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length >= 3 && longer.startsWith(shorter)) return true;
  const allowed = shorter.length >= 8 ? 2 : shorter.length >= 4 ? 1 : 0;
  return allowed > 0 && longer.length - shorter.length <= allowed && editDistance(a, b, allowed) <= allowed;
}

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and swaps of neighbours), giving up
 * once every path exceeds `max` (names are short, but a list holds thousands).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return rowMin;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** Up to `max` candidates sharing the most words with the query (none when no word is shared). */
export function closestByWords<T>(query: string, items: readonly T[], namesOf: NamesOf<T>, max = 5): T[] {
  if (max <= 0) return [];
  const queryWords = prepare(query).words;
  const scored: { item: T; shared: number }[] = [];
  for (const item of items) {
    let shared = 0;
    for (const name of namesOf(item)) {
      if (!name) continue;
      const nameWords = wordsOf(normaliseName(name));
      const count = queryWords.filter((word) => nameWords.some((nameWord) => wordsShare(word, nameWord))).length;
      shared = Math.max(shared, count);
    }
    if (shared > 0) scored.push({ item, shared });
  }
  const alphabetical = byFirstName(namesOf);
  return scored
    .sort((a, b) => b.shared - a.shared || alphabetical(a.item, b.item))
    .slice(0, max)
    .map((entry) => entry.item);
}
