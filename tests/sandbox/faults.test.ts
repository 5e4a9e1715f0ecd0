import { describe, expect, it } from 'vitest';
import { startSandbox, SANDBOX_FIXTURES } from '../../sandbox/server.js';
import { call, clientNamed, deskNamed, form, mainData, useSandbox } from './helpers.js';

const sandbox = useSandbox();
const ticketPath = `/tickets/${SANDBOX_FIXTURES.openTicket}`;

describe('fault injection', () => {
  it('adds latency and then answers normally', async () => {
    sandbox().faults.inject({ kind: 'latency', path: ticketPath, delayMs: 300, times: 1 });
    const started = Date.now();
    const slow = await call(sandbox(), 'GET', ticketPath);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect(slow.status).toBe(200);
    expect((await call(sandbox(), 'GET', ticketPath)).status).toBe(200);
    // times: 1 — only the first request was delayed (checked in the log rather than by a flaky clock).
    expect(sandbox().requests.map((r) => r.fault)).toEqual(['latency', null]);
  });

  it('answers 429 with Retry-After, and without it', async () => {
    sandbox().faults.inject({ kind: 'status', status: 429, retryAfter: '2', times: 1 });
    sandbox().faults.inject({ kind: 'status', status: 429, times: 1 });
    const first = await call(sandbox(), 'GET', '/desks');
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('2');
    expect(first.json).toEqual({ error_code: 42901, detail: expect.any(String) });
    const second = await call(sandbox(), 'GET', '/desks');
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toBeNull();
    expect((await call(sandbox(), 'GET', '/desks')).status).toBe(200);
  });

  it('answers any 5xx, only for the matching method and path, `times` times', async () => {
    sandbox().faults.inject({ kind: 'status', status: 503, method: 'GET', path: '/tickets', times: 2 });
    expect((await call(sandbox(), 'GET', '/desks')).status).toBe(200);
    expect((await call(sandbox(), 'GET', ticketPath)).status).toBe(200);
    expect((await call(sandbox(), 'GET', '/tickets')).status).toBe(503);
    expect((await call(sandbox(), 'GET', '/tickets?limit=1')).status).toBe(503);
    expect((await call(sandbox(), 'GET', '/tickets')).status).toBe(200);
    expect(sandbox().faults.list()).toEqual([]);
  });

  it('matches paths by RegExp and keeps applying a fault without `times` until clear()', async () => {
    sandbox().faults.inject({ kind: 'status', status: 500, path: /^\/tickets\/\d+$/ });
    expect((await call(sandbox(), 'GET', ticketPath)).status).toBe(500);
    expect((await call(sandbox(), 'GET', `/tickets/${SANDBOX_FIXTURES.closedTicket}`)).status).toBe(500);
    expect((await call(sandbox(), 'GET', `${ticketPath}/answers`)).status).toBe(200);
    sandbox().faults.clear();
    expect((await call(sandbox(), 'GET', ticketPath)).status).toBe(200);
  });

  it('resets the connection', async () => {
    sandbox().faults.inject({ kind: 'reset', times: 1 });
    const error = await call(sandbox(), 'GET', '/desks').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
    const cause = (error as { cause?: { code?: string } }).cause;
    expect(['ECONNRESET', 'UND_ERR_SOCKET']).toContain(cause?.code);
    expect(sandbox().requests.at(-1)).toMatchObject({ status: null, fault: 'reset' });
  });

  it('hangs until the client gives up', async () => {
    sandbox().faults.inject({ kind: 'hang', times: 1 });
    const started = Date.now();
    const error = await fetch(`${sandbox().baseUrl}/desks`, {
      headers: { authorization: `Bearer ${sandbox().keys.admin}` },
      signal: AbortSignal.timeout(300),
    }).catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('TimeoutError');
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect((await call(sandbox(), 'GET', '/desks')).status).toBe(200);
  });

  it('serves an HTML error page like a load balancer', async () => {
    sandbox().faults.inject({ kind: 'html', times: 1 });
    const result = await call(sandbox(), 'GET', '/desks');
    expect(result.status).toBe(502);
    expect(result.headers.get('content-type')).toBe('text/html');
    expect(result.text).toContain('<html>');
    expect(result.json).toBeUndefined();
  });

  it('serves malformed JSON on a 200', async () => {
    sandbox().faults.inject({ kind: 'malformed-json', times: 1 });
    const result = await call(sandbox(), 'GET', ticketPath);
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toMatch(/^application\/json/);
    expect(() => JSON.parse(result.text)).toThrow();
  });

  it('without afterProcessing, a failed write is not applied', async () => {
    const before = mainData(sandbox()).tickets.length;
    sandbox().faults.inject({ kind: 'status', status: 502, method: 'POST', path: '/tickets', times: 1 });
    const result = await call(sandbox(), 'POST', '/tickets', newTicketForm());
    expect(result.status).toBe(502);
    expect(mainData(sandbox()).tickets.length).toBe(before);
  });

  it('with afterProcessing, applies the write and then fails: exactly one ticket exists', async () => {
    const before = mainData(sandbox()).tickets.length;
    sandbox().faults.inject({ kind: 'status', status: 502, method: 'POST', path: '/tickets', times: 1, afterProcessing: true });
    const result = await call(sandbox(), 'POST', '/tickets', newTicketForm());
    expect(result.status).toBe(502);
    expect(mainData(sandbox()).tickets.length).toBe(before + 1);
    const listed = await call(sandbox(), 'GET', '/tickets?limit=1');
    expect(listed.json[0].title).toBe('Teste de falha após gravar');
  });

  it('with afterProcessing, a reset still leaves the write applied', async () => {
    sandbox().faults.inject({ kind: 'reset', method: 'PUT', times: 1, afterProcessing: true });
    await expect(call(sandbox(), 'PUT', `${ticketPath}/close`)).rejects.toThrow();
    expect((await call(sandbox(), 'GET', ticketPath)).json.is_closed).toBe(true);
  });

  it('validates fault specs', () => {
    expect(() => sandbox().faults.inject({ kind: 'nope' as 'status' })).toThrow(/Unknown fault kind/);
    expect(() => sandbox().faults.inject({ kind: 'status', times: 0 })).toThrow();
    expect(() => sandbox().faults.inject({ kind: 'status', status: 42 })).toThrow();
  });

  it('reset() restores data and clears faults and the request log', async () => {
    await call(sandbox(), 'PUT', `${ticketPath}/close`);
    sandbox().faults.inject({ kind: 'status', status: 500, path: '/desks' });
    sandbox().reset();
    expect(sandbox().requests).toEqual([]);
    expect(sandbox().faults.list()).toEqual([]);
    expect((await call(sandbox(), 'GET', ticketPath)).json.is_closed).toBe(false);
    expect((await call(sandbox(), 'GET', '/desks')).status).toBe(200);
  });
});

describe('close()', () => {
  it('returns promptly with a hung request and a latency wait pending', async () => {
    const own = await startSandbox();
    own.faults.inject({ kind: 'hang', path: '/desks' });
    own.faults.inject({ kind: 'latency', path: '/clients', delayMs: 60_000 });
    const headers = { authorization: `Bearer ${own.keys.admin}` };
    const hung = fetch(`${own.baseUrl}/desks`, { headers }).catch((error: unknown) => error);
    const slow = fetch(`${own.baseUrl}/clients`, { headers }).catch((error: unknown) => error);
    while (own.requests.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    const started = Date.now();
    await own.close();
    // The latency fault alone would hold it for 60 s; well under that means close() did not wait for either.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await hung).toBeInstanceOf(Error);
    expect(await slow).toBeInstanceOf(Error);
    await expect(fetch(`${own.baseUrl}/desks`, { headers })).rejects.toThrow();
  });
});

function newTicketForm() {
  return form({
    title: 'Teste de falha após gravar',
    description: 'x',
    client_id: String(clientNamed(sandbox(), 'Mercado São João').id),
    desk_id: String(deskNamed(sandbox(), 'Suporte').id),
  });
}
