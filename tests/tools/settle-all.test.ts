import { describe, expect, it } from 'vitest';
import { settleAll } from '../../src/tools/names/settle-all.js';
import { ToolError } from '../../src/tools/tool-error.js';
import { TiFluxAuthError } from '../../src/tiflux/errors.js';

describe('settleAll', () => {
  it('returns every value, in order, typed per position', async () => {
    const [a, b, c] = await settleAll([Promise.resolve(1), 'two', undefined]);
    expect([a, b, c]).toEqual([1, 'two', undefined]);
  });

  it('reports every name problem at once', async () => {
    const outcome = settleAll([Promise.reject(new ToolError('client is ambiguous')), Promise.reject(new ToolError('desk unknown'))]);
    await expect(outcome).rejects.toBeInstanceOf(ToolError);
    await expect(outcome).rejects.toThrow('client is ambiguous\n\ndesk unknown');
  });

  it('lets a TiFlux failure win over name problems', async () => {
    const auth = new TiFluxAuthError();
    await expect(settleAll([Promise.reject(new ToolError('ambiguous')), Promise.reject(auth)])).rejects.toBe(auth);
  });

  it('waits for every lookup, even after one failed', async () => {
    let finished = false;
    const slow = new Promise((resolve) => setTimeout(() => resolve((finished = true)), 20));
    await expect(settleAll([Promise.reject(new ToolError('x')), slow])).rejects.toThrow('x');
    expect(finished).toBe(true);
  });
});
