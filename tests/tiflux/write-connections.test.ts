// Writes travel on a fresh connection, reads on the keep-alive pool: a pooled socket that died while Lambda had the
// container frozen must never be where a write goes, because a reset write cannot be retried safely.
import { describe, expect, it } from 'vitest';
import { SANDBOX_FIXTURES } from '../../sandbox/server.js';
import { recordingClient, useSandbox } from './support.js';

const ctx = useSandbox();

describe('connections', () => {
  it('reads reuse a keep-alive connection; writes ask for the connection to be closed after them', async () => {
    const client = recordingClient(ctx.sandbox);
    await client.tickets.get(String(SANDBOX_FIXTURES.openTicket));
    await client.tickets.close(String(SANDBOX_FIXTURES.quietTicket));
    const [read, write] = ctx.sandbox.requests;
    expect(read?.method).toBe('GET');
    expect(read?.headers.connection).toBe('keep-alive');
    expect(write?.method).toBe('PUT');
    expect(write?.headers.connection).toBe('close');
  });
});
