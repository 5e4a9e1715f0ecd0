/**
 * The name → id lists the tools resolve names against, kept for 5 minutes in the warm Lambda container.
 *
 * - Keyed by the full SHA-256 digest of the API key: one tenant never sees another's lists, and the key itself is
 *   never held here.
 * - Concurrent identical loads (same key, same list) share one in-flight promise, so a burst of tool calls makes one
 *   upstream listing, not one each.
 * - Failures are not cached: the next call tries again.
 * - Bounded: at most MAX_CACHED_KEYS tenants; the least recently used one is dropped first.
 */

export const LOOKUP_TTL_MS = 5 * 60 * 1000;
export const MAX_CACHED_KEYS = 100;

interface CacheEntry {
  expiresAt: number;
  value: Promise<unknown>;
}

/** Module-level on purpose: it must outlive one invocation and live as long as the container. */
const entriesByKey = new Map<string, Map<string, CacheEntry>>();

let now: () => number = Date.now;

/**
 * Returns the cached list `listName` for the key digest, loading it with `load` when absent or expired.
 * `keyDigest` must be `apiKeyDigest(apiKey)` (key-hash.ts), never a fingerprint prefix.
 */
export function cachedLookup<T>(keyDigest: string, listName: string, load: () => Promise<T>): Promise<T> {
  const lists = listsFor(keyDigest);
  const cached = lists.get(listName);
  if (cached && cached.expiresAt > now()) return cached.value as Promise<T>;

  const value = load();
  const entry: CacheEntry = { expiresAt: now() + LOOKUP_TTL_MS, value };
  lists.set(listName, entry);
  value.catch(() => {
    // Only remove our own entry: a newer load may already have replaced it.
    if (lists.get(listName) === entry) lists.delete(listName);
  });
  return value;
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
      if (oldest !== undefined) entriesByKey.delete(oldest);
    }
  }
  entriesByKey.set(keyDigest, lists);
  return lists;
}

/**
 * Drops one key's lists whose name passes `matches` (e.g. every client list after a client was created or renamed),
 * so the next lookup reads TiFlux again. Other keys are untouched.
 */
export function forgetLookups(keyDigest: string, matches: (listName: string) => boolean): void {
  const lists = entriesByKey.get(keyDigest);
  if (!lists) return;
  for (const listName of [...lists.keys()]) if (matches(listName)) lists.delete(listName);
}

/** For tests: forget everything. */
export function clearLookupCache(): void {
  entriesByKey.clear();
}

/** For tests: replace the clock (pass undefined to restore Date.now). */
export function setLookupCacheClock(clock: (() => number) | undefined): void {
  now = clock ?? Date.now;
}

/** For tests and diagnostics: how many keys and lists are held. Never exposes digests. */
export function lookupCacheStats(): { keys: number; lists: number } {
  let lists = 0;
  for (const perKey of entriesByKey.values()) lists += perKey.size;
  return { keys: entriesByKey.size, lists };
}
