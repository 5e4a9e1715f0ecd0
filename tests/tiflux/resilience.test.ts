// Retries, Retry-After and the invocation deadline, against real faults on a real socket.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { SANDBOX_FIXTURES } from '../../sandbox/server.js';
import { createTiFluxClient } from '../../src/tiflux/client.js';
import { TiFluxRateLimitError, TiFluxUnavailableError, type UpstreamCallReport } from '../../src/tiflux/client.js';
import { caught, countdown, recordingClient, useSandbox } from './support.js';

const ctx = useSandbox();
const open = SANDBOX_FIXTURES.openTicket;

function createInput() {
  const main = ctx.sandbox.data.tenants.main;
  return {
    title: 'Servidor de arquivos lento',
    description: 'Lentidão desde as 9h.',
    client_id: main.clients.find((c) => c.name === 'Padaria Pão Quente')!.id,
    desk_id: main.desks.find((d) => d.display_name === 'Suporte')!.id,
  };
}

function ticketsTitled(title: string) {
  return ctx.sandbox.data.tenants.main.tickets.filter((t) => t.title === title);
}

describe('GET retries', () => {
  it('a 503 then a 200 succeeds on the second attempt', async () => {
    ctx.sandbox.faults.inject({ kind: 'status', status: 503, path: `/tickets/${open}`, times: 1 });
    const client = recordingClient(ctx.sandbox);
    const ticket = await client.tickets.get(open);
    expect(ticket.ticket_number).toBe(open);
    expect(client.calls.map((c) => [c.attempt, c.status])).toEqual([
      [1, 503],
      [2, 200],
    ]);
  });

  it('a connection reset is retried', async () => {
    ctx.sandbox.faults.inject({ kind: 'reset', path: `/tickets/${open}`, times: 2 });
    const client = recordingClient(ctx.sandbox);
    await expect(client.tickets.get(open)).resolves.toMatchObject({ ticket_number: open });
    expect(client.calls.map((c) => c.status)).toEqual([undefined, undefined, 200]);
  });

  it('gives up after 3 attempts with a clear error', async () => {
    ctx.sandbox.faults.inject({ kind: 'status', status: 504, path: `/tickets/${open}` });
    const client = recordingClient(ctx.sandbox);
    const error = await caught(client.tickets.get(open));
    expect(error).toBeInstanceOf(TiFluxUnavailableError);
    expect(error.message).toBe(`TiFlux failed to read ticket #${open} (HTTP 504). Try again in a few minutes.`);
    expect(ctx.sandbox.requests).toHaveLength(3);
  });
});

describe('writes are not repeated unless TiFlux provably did not process them', () => {
  it('a 503 on POST /tickets after TiFlux created it: one ticket, one request, and a warning to check', async () => {
    ctx.sandbox.faults.inject({ kind: 'status', status: 503, method: 'POST', path: '/tickets', afterProcessing: true });
    const client = recordingClient(ctx.sandbox);
    const input = createInput();
    const error = await caught(client.tickets.create(input));
    expect(error).toBeInstanceOf(TiFluxUnavailableError);
    expect(error.message).toBe(
      'TiFlux failed to create a ticket (HTTP 503). TiFlux may have applied the change anyway: check before trying again.',
    );
    expect((error as unknown as TiFluxUnavailableError).outcomeUnknown).toBe(true);
    expect(ctx.sandbox.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(ticketsTitled(input.title)).toHaveLength(1);
  });

  it('a reset on POST is not retried', async () => {
    ctx.sandbox.faults.inject({ kind: 'reset', method: 'POST', path: '/tickets', afterProcessing: true });
    const client = recordingClient(ctx.sandbox);
    const input = createInput();
    const error = await caught(client.tickets.create(input));
    expect(error).toBeInstanceOf(TiFluxUnavailableError);
    expect(error.message).toMatch(/connection to TiFlux was reset.*check before trying again/);
    expect(ticketsTitled(input.title)).toHaveLength(1);
    expect(client.calls).toHaveLength(1);
  });

  it('a timeout on PUT is not retried', async () => {
    ctx.sandbox.faults.inject({ kind: 'hang', method: 'PUT', path: `/tickets/${open}`, afterProcessing: true });
    const client = recordingClient(ctx.sandbox, undefined, { remainingTimeMs: countdown(3_000) });
    const error = await caught(client.tickets.update(open, { title: 'Novo título' }));
    expect(error).toBeInstanceOf(TiFluxUnavailableError);
    expect(error.message).toMatch(/^TiFlux did not answer in time while trying to update ticket #\d+\. TiFlux may have applied/);
    expect(client.calls).toHaveLength(1);
  });

  it('a 429 on POST is retried (TiFlux turned it away unprocessed): exactly one ticket', async () => {
    ctx.sandbox.faults.inject({ kind: 'status', status: 429, retryAfter: '0', method: 'POST', path: '/tickets', times: 1 });
    const client = recordingClient(ctx.sandbox);
    const input = createInput();
    const created = await client.tickets.create(input);
    expect(created.title).toBe(input.title);
    expect(client.calls.map((c) => c.status)).toEqual([429, 201]);
    expect(ticketsTitled(input.title)).toHaveLength(1);
  });

  it('a refused connection on POST is retried: nothing was sent', async () => {
    // A port nobody listens on: grab a free one, then close it.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const calls: UpstreamCallReport[] = [];
    const client = createTiFluxClient(
      { apiKey: ctx.sandbox.keys.admin, onUpstreamCall: (call) => calls.push(call) },
      { baseUrl: `http://127.0.0.1:${port}/api/v2` },
    );
    const error = await caught(client.tickets.create(createInput()));
    expect(error).toBeInstanceOf(TiFluxUnavailableError);
    expect(error.message).toBe('Could not create a ticket: TiFlux refused the connection. Try again in a few minutes.');
    expect((error as unknown as TiFluxUnavailableError).outcomeUnknown).toBe(false);
    expect(calls.map((c) => c.attempt)).toEqual([1, 2, 3]);
  });
});

describe('Retry-After', () => {
  it('is honoured when it fits in the time left', async () => {
    ctx.sandbox.faults.inject({ kind: 'status', status: 429, retryAfter: '1', path: `/tickets/${open}`, times: 1 });
    const client = recordingClient(ctx.sandbox, undefined, { remainingTimeMs: countdown(20_000) });
    const started = Date.now();
    await client.tickets.get(open);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(client.calls.map((c) => c.status)).toEqual([429, 200]);
  });

  it('too long for the time left: an immediate rate-limit error saying when to retry', async () => {
    ctx.sandbox.faults.inject({ kind: 'status', status: 429, retryAfter: '30', path: `/tickets/${open}` });
    const client = recordingClient(ctx.sandbox, undefined, { remainingTimeMs: countdown(10_000) });
    const started = Date.now();
    const error = await caught(client.tickets.get(open));
    // Waiting would take the 30 s TiFlux asked for; anything well under that means it did not wait.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(error).toBeInstanceOf(TiFluxRateLimitError);
    expect((error as unknown as TiFluxRateLimitError).retryAfterSeconds).toBe(30);
    expect(error.message).toBe('TiFlux is rate limiting this API key (HTTP 429): retry in 30 s.');
    expect(ctx.sandbox.requests).toHaveLength(1);
  });
});

describe('the invocation deadline', () => {
  it('a hang past the deadline is answered before it', async () => {
    ctx.sandbox.faults.inject({ kind: 'hang', path: `/tickets/${open}` });
    const client = recordingClient(ctx.sandbox, undefined, { remainingTimeMs: countdown(4_000) });
    const started = Date.now();
    const error = await caught(client.tickets.get(open));
    const elapsed = Date.now() - started;
    // 4 s left − 1.5 s margin = 2.5 s for TiFlux; the answer must come before Lambda's 4 s.
    expect(elapsed).toBeGreaterThanOrEqual(2_000);
    expect(elapsed).toBeLessThan(3_500);
    expect(error).toBeInstanceOf(TiFluxUnavailableError);
    expect(error.message).toBe(`TiFlux did not answer in time while trying to read ticket #${open}. Try again in a few minutes.`);
  });

  it('with no time left, fails fast without calling TiFlux', async () => {
    const client = recordingClient(ctx.sandbox, undefined, { remainingTimeMs: () => 1_200 });
    const error = await caught(client.tickets.get(open));
    expect(error).toBeInstanceOf(TiFluxUnavailableError);
    expect((error as unknown as TiFluxUnavailableError).reason).toBe('deadline');
    expect(error.message).toMatch(/^Not enough time was left in this request to read ticket #\d+/);
    expect(ctx.sandbox.requests).toHaveLength(0);
  });

  it('slow answers within the time still succeed', async () => {
    ctx.sandbox.faults.inject({ kind: 'latency', delayMs: 300, path: `/tickets/${open}` });
    const client = recordingClient(ctx.sandbox, undefined, { remainingTimeMs: countdown(5_000) });
    await expect(client.tickets.get(open)).resolves.toMatchObject({ ticket_number: open });
  });
});
