/**
 * The name → id lists the tools resolve names against, kept in the warm Lambda container (docs/lookup-cache.md).
 *
 * - Keyed by the full SHA-256 digest of the API key: one tenant never sees another's lists, and the key itself is
 *   never held here. A 401 for a key drops all of its lists (forgetKey), so a revoked key reads nothing cached.
 * - Whole lists only (desks, stages of a desk, users, every active client…), never one entry per search text, and
 *   list names are case-folded, so "Padaria" and "PADARIA" cannot hold two copies.
 * - Age: an entry serves name resolution inside tools for LOOKUP_TTL_MS; a caller may ask for fresher data
 *   (search_* and list_* tools accept at most EXPLICIT_LIST_MAX_AGE_MS, see run-tool.ts), which reloads an older entry.
 *   Expired entries are swept on every store.
 * - Bounded: at most MAX_CACHED_KEYS tenants and MAX_CACHED_ROWS rows in all; the least recently used go first.
 * - Concurrent identical loads (same key, same list) share one in-flight promise. Failures are not cached.
 */

export const LOOKUP_TTL_MS = 5 * 60 * 1000;
export const EXPLICIT_LIST_MAX_AGE_MS = 60 * 1000;
export const MAX_CACHED_KEYS = 100;
/** ~200 bytes a row: about 10 MB at the bound, well inside a 512 MB function. */
export const MAX_CACHED_ROWS = 50_000;

interface CacheEntry {
  loadedAt: number;
  value: Promise<unknown>;
  /** Rows held once loaded (0 while in flight). */
  rows: number;
}

/** Module-level on purpose: it must outlive one invocation and live as long as the container. Maps only. */
const entriesByKey = new Map<string, Map<string, CacheEntry>>();
let totalRows = 0;

let now: () => number = Date.now;

/**
 * Returns the cached list `listName` for the key digest, loading it with `load` when absent or older than
 * `maxAgeMs`. `keyDigest` must be `apiKeyDigest(apiKey)` (key-hash.ts), never a fingerprint prefix.
 */
export function cachedLookup<T>(
  keyDigest: string,
  listName: string,
  load: () => Promise<T>,
  maxAgeMs: number = LOOKUP_TTL_MS,
): Promise<T> {
  const name = listName.toLowerCase();
  const cached = entriesByKey.get(keyDigest)?.get(name);
  if (cached && now() - cached.loadedAt < Math.min(maxAgeMs, LOOKUP_TTL_MS)) {
    // Re-insert: most recently used last (the key too, in listsFor).
    const lists = listsFor(keyDigest);
    lists.delete(name);
    lists.set(name, cached);
    return cached.value as Promise<T>;
  }
  // A hit touches only its own tenant; the sweep of every tenant's lists runs before a store only. It goes before
  // listsFor, so the tenant being filled is never swept away as empty.
  sweepExpired();
  const lists = listsFor(keyDigest);
  const stale = lists.get(name);
  if (stale) remove(lists, name, stale);

  const value = load();
  const entry: CacheEntry = { loadedAt: now(), value, rows: 0 };
  lists.set(name, entry);
  value.then(
    (loaded) => {
      if (lists.get(name) !== entry) return;
      entry.rows = Array.isArray(loaded) ? loaded.length : 1;
      totalRows += entry.rows;
      enforceRowBound();
    },
    () => {
      // Only remove our own entry: a newer load may already have replaced it.
      if (lists.get(name) === entry) remove(lists, name, entry);
    },
  );
  return value;
}

/** The list when it is cached and young enough, without loading it. */
export function peekLookup<T>(keyDigest: string, listName: string, maxAgeMs: number = LOOKUP_TTL_MS): Promise<T> | undefined {
  const entry = entriesByKey.get(keyDigest)?.get(listName.toLowerCase());
  return entry && now() - entry.loadedAt < Math.min(maxAgeMs, LOOKUP_TTL_MS) ? (entry.value as Promise<T>) : undefined;
}

/** Drops every list of a key (TiFlux answered 401 for it: client.ts). */
export function forgetKey(keyDigest: string): void {
  const lists = entriesByKey.get(keyDigest);
  if (!lists) return;
  for (const entry of lists.values()) totalRows -= entry.rows;
  entriesByKey.delete(keyDigest);
}

function remove(lists: Map<string, CacheEntry>, name: string, entry: CacheEntry): void {
  lists.delete(name);
  totalRows -= entry.rows;
}

function listsFor(keyDigest: string): Map<string, CacheEntry> {
  let lists = entriesByKey.get(keyDigest);
  if (lists) {
    // Re-insert to mark as most recently used (Map keeps insertion order).
    entriesByKey.delete(keyDigest);
  } else {
    lists = new Map();
    if (entriesByKey.size >= MAX_CACHED_KEYS) {
      const oldest = entriesByKey.keys().next().value;
      if (oldest !== undefined) forgetKey(oldest);
    }
  }
  entriesByKey.set(keyDigest, lists);
  return lists;
}

function sweepExpired(): void {
  const cutoff = now() - LOOKUP_TTL_MS;
  for (const [digest, lists] of entriesByKey) {
    for (const [name, entry] of lists) if (entry.loadedAt <= cutoff) remove(lists, name, entry);
    if (lists.size === 0) entriesByKey.delete(digest);
  }
}

/** Least recently used tenant first, and within it the least recently used list, until the rows fit. */
function enforceRowBound(): void {
  for (const [digest, lists] of entriesByKey) {
    if (totalRows <= MAX_CACHED_ROWS) return;
    for (const [name, entry] of lists) {
      if (totalRows <= MAX_CACHED_ROWS) break;
      if (entry.rows > 0) remove(lists, name, entry);
    }
    if (lists.size === 0) entriesByKey.delete(digest);
  }
}

/**
 * Drops one key's lists whose name passes `matches` (e.g. every client list after a client was created or renamed),
 * so the next lookup reads TiFlux again. Other keys are untouched.
 */
export function forgetLookups(keyDigest: string, matches: (listName: string) => boolean): void {
  const lists = entriesByKey.get(keyDigest);
  if (!lists) return;
  for (const [name, entry] of [...lists]) if (matches(name)) remove(lists, name, entry);
}

/** For tests: forget everything. */
export function clearLookupCache(): void {
  entriesByKey.clear();
  totalRows = 0;
}

/** For tests: replace the clock (pass undefined to restore Date.now). */
export function setLookupCacheClock(clock: (() => number) | undefined): void {
  now = clock ?? Date.now;
}

/** For tests and diagnostics: how many keys, lists and rows are held. Never exposes digests. */
export function lookupCacheStats(): { keys: number; lists: number; rows: number } {
  let lists = 0;
  for (const perKey of entriesByKey.values()) lists += perKey.size;
  return { keys: entriesByKey.size, lists, rows: totalRows };
}
