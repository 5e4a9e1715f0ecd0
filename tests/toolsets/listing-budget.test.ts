/** tools/list byte budgets (deterministic, so a test): what every connection pays in model context. */
import { describe, expect, it } from 'vitest';
import { LISTING_BUDGETS, listingBytes } from '../../bench/listing-sizes.js';

describe('tools/list size', () => {
  it.each(Object.entries(LISTING_BUDGETS))('%s stays within %i bytes', (selection, budget) => {
    const { tools, bytes } = listingBytes(selection);
    expect(tools).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(budget);
  });
});
