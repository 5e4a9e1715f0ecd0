/**
 * Every tool's contract is committed as tests/__toolsnaps__/<tool>.json (what tools/list serves for it), so a
 * change to a name, a description or a schema shows in review. Fails while a snapshot is stale, missing or left
 * over; `npm run toolsnaps` rewrites them (this test never writes).
 */
import { describe, expect, it } from 'vitest';
import { committedToolsnaps, expectedToolsnaps } from '../../scripts/toolsnaps.js';

const expected = expectedToolsnaps();
const committed = committedToolsnaps();

describe('tool snapshots (tests/__toolsnaps__)', () => {
  it('has one snapshot per tool and none for a tool that is gone', () => {
    expect([...committed.keys()].sort(), 'run `npm run toolsnaps` and review the diff').toEqual([...expected.keys()].sort());
  });

  it.each([...expected.keys()])('%s is up to date', (file) => {
    expect(committed.get(file), `${file} is stale or missing: run \`npm run toolsnaps\` and review the diff`).toBe(expected.get(file));
  });
});
