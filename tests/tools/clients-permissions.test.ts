/** withPermission (src/tools/clients/permissions.ts): TiFlux's 403 codes turned into what is missing. */
import { describe, expect, it } from 'vitest';
import { TiFluxForbiddenError, TiFluxNotFoundError } from '../../src/tiflux/client.js';
import { withPermission } from '../../src/tools/clients/permissions.js';
import { ToolError } from '../../src/tools/tool-error.js';

const refuse = (code?: number) => () => Promise.reject(new TiFluxForbiddenError('update client 801', code));

async function messageOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ToolError);
  return (error as ToolError).userMessage;
}

describe('withPermission', () => {
  it('40301 on a write: names the client-management permission and the way out', async () => {
    const text = await messageOf(withPermission('update client 801', 'manage clients', refuse(40301)));
    expect(text).toBe(
      'TiFlux refused to update client 801 (HTTP 403): changing clients, their custom fields, addresses, contacts, ' +
        'portal users and e-mail permissions needs TiFlux\'s client management permission ("Gerenciar clientes"), which ' +
        'the user of this API key lacks. Use an admin\'s API key, or ask a TiFlux administrator to add that permission ' +
        'to the user\'s profile. Nothing was changed.',
    );
  });

  it('40304: the organisation has no Tickets licence, whatever the call', async () => {
    for (const need of ['manage clients', 'view clients'] as const) {
      const text = await messageOf(withPermission('update client 801', need, refuse(40304)));
      expect(text).toContain('(HTTP 403): the organisation has no active Tickets licence');
    }
  });

  it('a 403 on a read: access to the client', async () => {
    const text = await messageOf(withPermission('read client 801', 'view clients', refuse()));
    expect(text).toContain('may not see this client');
  });

  it('other errors and successes pass through untouched', async () => {
    await expect(withPermission('x', 'manage clients', async () => 42)).resolves.toBe(42);
    const notFound = new TiFluxNotFoundError('client with id 9');
    await expect(withPermission('x', 'manage clients', () => Promise.reject(notFound))).rejects.toBe(notFound);
  });
});
