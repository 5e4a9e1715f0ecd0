import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { apiKeyDigest, keyFingerprint } from '../../src/tiflux/key-hash.js';
import {
  LOOKUP_TTL_MS,
  MAX_CACHED_KEYS,
  cachedLookup,
  clearLookupCache,
  lookupCacheStats,
  setLookupCacheClock,
} from '../../src/tiflux/lookup-cache.js';

afterEach(() => {
  clearLookupCache();
  setLookupCacheClock(undefined);
});

describe('key hashing', () => {
  it('gives the full SHA-256 hex digest and an 8-character fingerprint of it', () => {
    const expected = createHash('sha256').update('secret-key').digest('hex');
    expect(apiKeyDigest('secret-key')).toBe(expected);
    expect(apiKeyDigest('secret-key')).toHaveLength(64);
    expect(keyFingerprint('secret-key')).toBe(expected.slice(0, 8));
  });
});

describe('lookup cache', () => {
  it('serves the same list for 5 minutes, then loads again', async () => {
    let clock = 1_000;
    setLookupCacheClock(() => clock);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cachedLookup('k', 'desks', load)).toBe(1);
    clock += LOOKUP_TTL_MS - 1;
    expect(await cachedLookup('k', 'desks', load)).toBe(1);
    clock += 2;
    expect(await cachedLookup('k', 'desks', load)).toBe(2);
  });

  it('shares one in-flight load between concurrent callers of the same key and list', async () => {
    let loads = 0;
    const load = () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 20));
    const results = await Promise.all([cachedLookup('k', 'desks', load), cachedLookup('k', 'desks', load)]);
    expect(results).toEqual([1, 1]);
    expect(loads).toBe(1);
  });

  it('never shares entries between keys', async () => {
    expect(await cachedLookup('a', 'desks', async () => 'A')).toBe('A');
    expect(await cachedLookup('b', 'desks', async () => 'B')).toBe('B');
    expect(await cachedLookup('a', 'desks', async () => 'other')).toBe('A');
  });

  it('does not cache failures', async () => {
    await expect(cachedLookup('k', 'users', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await Promise.resolve();
    expect(await cachedLookup('k', 'users', async () => 'ok')).toBe('ok');
  });

  it('holds a bounded number of keys', async () => {
    for (let i = 0; i < MAX_CACHED_KEYS + 5; i++) await cachedLookup(`key${i}`, 'desks', async () => i);
    expect(lookupCacheStats().keys).toBe(MAX_CACHED_KEYS);
    // The oldest key was evicted: it loads again.
    expect(await cachedLookup('key0', 'desks', async () => 'fresh')).toBe('fresh');
  });
});
