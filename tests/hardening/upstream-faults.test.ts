/**
 * A flaky TiFlux (issue 6), through the sandbox's fault injection, seen by the official SDK client over HTTP
 * (Client + StreamableHTTPClientTransport with the key in requestInit.headers), the handler behind the emulator.
 *
 * For a read (get_ticket → GET /tickets/{n}) and a write (create_ticket with ids → POST /tickets), every fault:
 * 429 with and without Retry-After, each 5xx, a reset, a hang past the deadline, an HTML page, malformed JSON, 401,
 * 403, 404, 422. Each must map to the right retry decision (docs/design-choices.md#tiflux-calls: GETs retry 429/502/503/504,
 * resets and timeouts, at most 3 attempts; writes only a 429 or a refused connection), end in a clear `isError`
 * whose text helps a person and carries no HTML, stack, raw body or key, and come back before the Lambda deadline.
 * Writes faulted after the sandbox processed them (`afterProcessing`) must exist exactly once.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, SANDBOX_FIXTURES, type FaultSpec, type SandboxHandle } from '../../sandbox/server.js';
import { clearLookupCache } from '../../src/tiflux/lookup-cache.js';
import { startLocalEndpoint, type LocalEndpoint } from '../../test-lambda-local.js';
import { watchProcess } from './support.js';

/** The short invocation: 3 s, so a call gets min(10 s, 3 s − 1.5 s) = 1.5 s and a hang is past the deadline. */
const SHORT_TIMEOUT_MS = 3_000;

let sandbox: SandboxHandle;
let normal: LocalEndpoint;
let short: LocalEndpoint;
let watch: ReturnType<typeof watchProcess>;
const clients: Client[] = [];
let normalClient: Client;
let shortClient: Client;
const savedBase = process.env.TIFLUX_API_BASE_URL;

const TICKET = String(SANDBOX_FIXTURES.openTicket);
let createArgs: Record<string, unknown>;

async function connect(url: string): Promise<Client> {
  const client = new Client({ name: 'upstream-faults', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers: { 'x-tiflux-api-key': sandbox.keys.admin } } }));
  clients.push(client);
  return client;
}

beforeAll(async () => {
  watch = watchProcess();
  sandbox = await startSandbox();
  process.env.TIFLUX_API_BASE_URL = sandbox.baseUrl;
  const { handler } = await import('../../src/handler.js');
  normal = await startLocalEndpoint({ handler: handler as never });
  short = await startLocalEndpoint({ handler: handler as never, timeoutMs: SHORT_TIMEOUT_MS });
  normalClient = await connect(normal.url);
  shortClient = await connect(short.url);
  const main = sandbox.data.tenants.main;
  const desk = main.desks.find((d) => d.display_name === 'Suporte')!;
  const client = main.clients.find((c) => c.name === 'Padaria Pão Quente')!;
  // Ids, not names: the write is then the only upstream call, so the counts below are exact.
  createArgs = { title: 'Impressora sem papel', description: 'Teste de falha', client_id: client.id, desk_id: desk.id };
});

afterAll(async () => {
  watch?.stop();
  process.env.TIFLUX_API_BASE_URL = savedBase;
  await Promise.all(clients.map((c) => c.close()));
  await normal?.close();
  await short?.close();
  await sandbox?.close();
});

beforeEach(() => {
  sandbox.reset();
  clearLookupCache();
});

interface Outcome {
  isError: boolean;
  text: string;
  ms: number;
  /** Requests the sandbox saw on the faulted route. */
  attempts: number;
}

async function call(client: Client, name: string, args: Record<string, unknown>, route: string): Promise<Outcome> {
  const started = performance.now();
  const result = await client.callTool({ name, arguments: args });
  const ms = performance.now() - started;
  const text = (result.content as { text?: string }[]).map((c) => c.text ?? '').join('\n');
  const attempts = sandbox.requests.filter((r) => `${r.method} ${r.path}` === route).length;
  return { isError: result.isError === true, text, ms, attempts };
}

const readRoute = `GET /tickets/${TICKET}`;
const writeRoute = 'POST /tickets';
const read = (client = normalClient) => call(client, 'get_ticket', { ticket_number: TICKET }, readRoute);
const write = (client = normalClient) => call(client, 'create_ticket', createArgs, writeRoute);
const ticketCount = () => sandbox.data.tenants.main.tickets.length;

/** What must never reach a person: markup, stacks, the sandbox's raw error bodies, JSON, the key. */
function expectCleanText(text: string): void {
  expect(text).not.toMatch(/<[a-z!/]/i); // HTML
  expect(text).not.toMatch(/\bat \S+ \(|\.ts:\d+|\.js:\d+|Error:/); // stack frames, error class dumps
  expect(text).not.toMatch(/error_code|"detail"|awselb|Too many requests, slow down|Service temporarily unavailable|\{"/);
  expect(text).not.toContain(sandbox.keys.admin);
  expect(text).toMatch(/TiFlux/);
  expect(text.length).toBeLessThan(600);
}

function inject(spec: Omit<FaultSpec, 'path' | 'method'>, route: string): void {
  const [method, path] = route.split(' ') as [string, string];
  sandbox.faults.inject({ ...spec, method, path });
}

describe('a read (GET): retried when it may help, never past the deadline', () => {
  const retried: [string, Omit<FaultSpec, 'path' | 'method'>][] = [
    ['429 without Retry-After', { kind: 'status', status: 429 }],
    ['502', { kind: 'status', status: 502 }],
    ['503', { kind: 'status', status: 503 }],
    ['504', { kind: 'status', status: 504 }],
    ['a reset', { kind: 'reset' }],
    ['an HTML 502 page', { kind: 'html', status: 502 }],
  ];
  it.each(retried)('%s once → retried, then the ticket', async (_label, fault) => {
    inject({ ...fault, times: 1 }, readRoute);
    const outcome = await read();
    expect(outcome.isError, outcome.text).toBe(false);
    expect(outcome.text).toContain(`#${TICKET}`);
    expect(outcome.attempts).toBe(2);
  });

  const exhausted: [string, Omit<FaultSpec, 'path' | 'method'>, RegExp][] = [
    ['429 without Retry-After', { kind: 'status', status: 429 }, /rate limiting this API key \(HTTP 429\): wait a minute and retry/],
    ['502', { kind: 'status', status: 502 }, /TiFlux failed to .* \(HTTP 502\)\. Try again in a few minutes/],
    ['503', { kind: 'status', status: 503 }, /\(HTTP 503\)\. Try again in a few minutes/],
    ['504', { kind: 'status', status: 504 }, /\(HTTP 504\)\. Try again in a few minutes/],
    ['a reset', { kind: 'reset' }, /connection to TiFlux was reset\. Try again in a few minutes/],
    ['an HTML 502 page', { kind: 'html', status: 502 }, /\(HTTP 502\)/],
  ];
  it.each(exhausted)('%s every time → 3 attempts, then a clear isError', async (_label, fault, message) => {
    inject(fault, readRoute);
    const outcome = await read();
    expect(outcome.isError).toBe(true);
    expect(outcome.text).toMatch(message);
    expect(outcome.attempts).toBe(3);
    expectCleanText(outcome.text);
  });

  const notRetried: [string, Omit<FaultSpec, 'path' | 'method'>, RegExp][] = [
    ['500', { kind: 'status', status: 500 }, /TiFlux failed to .* \(HTTP 500\)\. Try again in a few minutes/],
    ['501', { kind: 'status', status: 501 }, /\(HTTP 501\)/],
    ['505', { kind: 'status', status: 505 }, /\(HTTP 505\)/],
    ['507', { kind: 'status', status: 507 }, /\(HTTP 507\)/],
    ['401', { kind: 'status', status: 401 }, /TiFlux rejected the API key \(HTTP 401\): check the x-tiflux-api-key header/],
    ['403', { kind: 'status', status: 403 }, /TiFlux refused to .* \(HTTP 403\)/],
    ['404', { kind: 'status', status: 404 }, /TiFlux found no .* \(HTTP 404\): check the number/],
    ['422', { kind: 'status', status: 422 }, /TiFlux rejected the request to .* \(HTTP 422/],
    ['an HTML page with 200', { kind: 'html', status: 200 }, /not the JSON expected/],
    ['malformed JSON', { kind: 'malformed-json' }, /not the JSON expected/],
    ['429 with a Retry-After too long for the invocation', { kind: 'status', status: 429, retryAfter: '120' }, /HTTP 429\): retry in 120 s/],
  ];
  it.each(notRetried)('%s → one attempt, a clear isError', async (_label, fault, message) => {
    inject(fault, readRoute);
    const outcome = await read();
    expect(outcome.isError).toBe(true);
    expect(outcome.text).toMatch(message);
    expect(outcome.attempts).toBe(1);
    expectCleanText(outcome.text);
  });

  it('429 with a Retry-After that fits → waits that long, then the ticket', async () => {
    inject({ kind: 'status', status: 429, retryAfter: '1', times: 1 }, readRoute);
    const outcome = await read();
    expect(outcome.isError, outcome.text).toBe(false);
    expect(outcome.attempts).toBe(2);
    expect(outcome.ms).toBeGreaterThanOrEqual(950);
  });

  it('429 with a Retry-After HTTP date that fits → honoured too', async () => {
    inject({ kind: 'status', status: 429, retryAfter: new Date(Date.now() + 1500).toUTCString(), times: 1 }, readRoute);
    const outcome = await read();
    expect(outcome.isError, outcome.text).toBe(false);
    expect(outcome.attempts).toBe(2);
  });

  it('a Retry-After longer than what is left of a short invocation → no wait, says when to retry, before the deadline', async () => {
    inject({ kind: 'status', status: 429, retryAfter: '2' }, readRoute);
    const outcome = await read(shortClient);
    expect(outcome.isError).toBe(true);
    expect(outcome.text).toMatch(/retry in 2 s/);
    expect(outcome.attempts).toBe(1);
    expect(outcome.ms).toBeLessThan(1000);
  });

  it('a hang past the deadline → the attempt is cut at the call budget and the tool answers before Lambda would kill it', async () => {
    inject({ kind: 'hang' }, readRoute);
    const outcome = await read(shortClient);
    expect(outcome.isError).toBe(true);
    expect(outcome.text).toMatch(/did not answer in time|Not enough time was left/);
    expectCleanText(outcome.text);
    expect(outcome.ms).toBeLessThan(SHORT_TIMEOUT_MS);
    expect(outcome.attempts).toBeGreaterThanOrEqual(1);
  });

  it('slow but within the budget (latency) → the ticket, one attempt', async () => {
    inject({ kind: 'latency', delayMs: 600 }, readRoute);
    const outcome = await read(shortClient);
    expect(outcome.isError, outcome.text).toBe(false);
    expect(outcome.attempts).toBe(1);
  });
});

describe('a write (POST): never processed twice', () => {
  it('429 before processing → retried once, the ticket exists once', async () => {
    const before = ticketCount();
    inject({ kind: 'status', status: 429, times: 1 }, writeRoute);
    const outcome = await write();
    expect(outcome.isError, outcome.text).toBe(false);
    expect(outcome.attempts).toBe(2);
    expect(ticketCount()).toBe(before + 1);
  });

  it('429 every time → 3 attempts, nothing created, a clear isError', async () => {
    const before = ticketCount();
    inject({ kind: 'status', status: 429 }, writeRoute);
    const outcome = await write();
    expect(outcome.isError).toBe(true);
    expect(outcome.text).toMatch(/rate limiting/);
    expect(outcome.attempts).toBe(3);
    expect(ticketCount()).toBe(before);
    expectCleanText(outcome.text);
  });

  const processedThenFailed: [string, Omit<FaultSpec, 'path' | 'method'>, RegExp][] = [
    ['500', { kind: 'status', status: 500 }, /\(HTTP 500\)\. TiFlux may have applied the change anyway: check before trying again/],
    ['502', { kind: 'status', status: 502 }, /\(HTTP 502\)\. TiFlux may have applied the change anyway/],
    ['503', { kind: 'status', status: 503 }, /\(HTTP 503\)\. TiFlux may have applied the change anyway/],
    ['504', { kind: 'status', status: 504 }, /\(HTTP 504\)\. TiFlux may have applied the change anyway/],
    ['a reset', { kind: 'reset' }, /reset\. TiFlux may have applied the change anyway/],
    ['an HTML 502 page', { kind: 'html', status: 502 }, /\(HTTP 502\)\. TiFlux may have applied the change anyway/],
    ['an HTML page with 200', { kind: 'html', status: 200 }, /not the JSON expected/],
    ['malformed JSON', { kind: 'malformed-json' }, /not the JSON expected/],
  ];
  it.each(processedThenFailed)('%s after TiFlux processed it → not retried, exactly one ticket, isError says to check', async (_label, fault, message) => {
    const before = ticketCount();
    inject({ ...fault, afterProcessing: true }, writeRoute);
    const outcome = await write();
    expect(outcome.isError).toBe(true);
    expect(outcome.text).toMatch(message);
    expect(outcome.attempts).toBe(1);
    expect(ticketCount()).toBe(before + 1);
    expectCleanText(outcome.text);
  });

  it('a hang after processing, past the deadline → not retried, one ticket, answered before the deadline', async () => {
    const before = ticketCount();
    inject({ kind: 'hang', afterProcessing: true }, writeRoute);
    const outcome = await write(shortClient);
    expect(outcome.isError).toBe(true);
    expect(outcome.text).toMatch(/did not answer in time.*check before trying again/);
    expect(outcome.attempts).toBe(1);
    expect(outcome.ms).toBeLessThan(SHORT_TIMEOUT_MS);
    expect(ticketCount()).toBe(before + 1);
    expectCleanText(outcome.text);
  });

  const refusedBefore: [string, Omit<FaultSpec, 'path' | 'method'>, RegExp][] = [
    ['401', { kind: 'status', status: 401 }, /TiFlux rejected the API key \(HTTP 401\)/],
    ['403', { kind: 'status', status: 403 }, /TiFlux refused to .* \(HTTP 403\)/],
    ['404', { kind: 'status', status: 404 }, /\(HTTP 404\)/],
    ['422', { kind: 'status', status: 422 }, /TiFlux rejected the request to .* \(HTTP 422/],
    ['500 before processing', { kind: 'status', status: 500 }, /\(HTTP 500\)/],
    ['a reset before processing', { kind: 'reset' }, /reset/],
  ];
  it.each(refusedBefore)('%s → one attempt, nothing created, a clear isError', async (_label, fault, message) => {
    const before = ticketCount();
    inject(fault, writeRoute);
    const outcome = await write();
    expect(outcome.isError).toBe(true);
    expect(outcome.text).toMatch(message);
    expect(outcome.attempts).toBe(1);
    expect(ticketCount()).toBe(before);
    expectCleanText(outcome.text);
  });

  it('answers and internal notes faulted after processing are not duplicated either', async () => {
    const main = () => sandbox.data.tenants.main;
    for (const [name, route, count, args] of [
      ['create_ticket_answer', `POST /tickets/${TICKET}/answers`, () => main().answers.length, { ticket_number: TICKET, text: 'Olá, verificamos.' }],
      ['create_internal_communication', `POST /tickets/${TICKET}/internal_communications`, () => main().internalCommunications.length, { ticket_number: TICKET, text: 'Nota interna' }],
    ] as const) {
      for (const fault of [{ kind: 'status', status: 503 }, { kind: 'reset' }, { kind: 'malformed-json' }] as const) {
        sandbox.reset();
        const before = count();
        inject({ ...fault, afterProcessing: true }, route);
        const outcome = await call(normalClient, name, args, route);
        expect(outcome.isError, `${name} ${fault.kind}`).toBe(true);
        expect(outcome.attempts, `${name} ${fault.kind}: ${sandbox.requests.map((r) => `${r.method} ${r.path}`).join(', ')}`).toBe(1);
        expect(count(), `${name} ${fault.kind}`).toBe(before + 1);
        expectCleanText(outcome.text);
      }
    }
  });
});

describe('the process', () => {
  it('saw no unhandled rejection through all of the above', () => {
    expect(watch.seen).toEqual([]);
  });
});
