/**
 * The emulator under concurrent clients (issue 6). `npm run bench` runs the long version against a separate emulator
 * process (`tsx test-lambda-local.ts` with the built bundle and its sandbox TiFlux, as `npm start` runs it), so the
 * load generator and the server do not share an event loop; tests/hardening/load.test.ts runs a short version
 * in-process and asserts zero errors.
 *
 * Each client is one keep-alive connection sending requests back to back: a mix of ping, tools/list and
 * tools/call get_ticket (which makes real HTTP calls to the sandbox). An error is anything a client would not
 * accept: a network failure, a non-200, a body that is not the JSON-RPC answer to the request sent, a JSON-RPC
 * error, or a tool result with isError.
 *
 * Knobs (bench only): LOAD_CLIENTS (default 50), LOAD_SECONDS (default 10), LOAD_HANDLER=src|dist (default dist).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { freePort } from '../scripts/free-port.js';
import { fileURLToPath } from 'node:url';

export type RequestKind = 'ping' | 'tools/list' | 'tools/call';

export interface LoadOptions {
  /** The MCP endpoint, e.g. http://127.0.0.1:3000/mcp */
  url: string;
  clients: number;
  durationMs: number;
  /**
   * Keep going past durationMs until this many requests were sent: a test asks for a count, not for a speed, so a
   * busy machine makes it slower, never red. Default 0 (the duration alone decides, as the benchmark wants).
   */
  minRequests?: number;
  /** Key for tools/call; without one, tools/call is left out of the mix. */
  apiKey?: string;
  /** Ticket that exists for that key (tools/call get_ticket). */
  ticketNumber?: number;
  /** Relative weights; default ping 4, tools/list 3, tools/call 3. */
  mix?: Partial<Record<RequestKind, number>>;
}

export interface KindReport {
  count: number;
  errors: number;
  p50: number;
  p99: number;
}

export interface LoadReport {
  clients: number;
  durationMs: number;
  requests: number;
  errors: number;
  /** Answers with a 5xx status (counted in errors too). */
  status5xx: number;
  throughput: number;
  p50: number;
  p99: number;
  max: number;
  byKind: Record<string, KindReport>;
  /** Up to 10 distinct error descriptions, for the report. */
  errorSamples: string[];
}

function body(kind: RequestKind, id: number, ticketNumber: number): string {
  switch (kind) {
    case 'ping':
      return JSON.stringify({ jsonrpc: '2.0', id, method: 'ping' });
    case 'tools/list':
      return JSON.stringify({ jsonrpc: '2.0', id, method: 'tools/list' });
    case 'tools/call':
      return JSON.stringify({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'get_ticket', arguments: { ticket_number: String(ticketNumber) } } });
  }
}

interface Exchange {
  status: number;
  text: string;
}

function post(agent: Agent, url: URL, payload: string, headers: Record<string, string>): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(payload) },
        timeout: 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer in 30 s')));
    req.on('error', reject);
    req.end(payload);
  });
}

/** What is wrong with an answer, or undefined when a client would accept it. */
function judge(kind: RequestKind, id: number, ex: Exchange): string | undefined {
  if (ex.status !== 200) return `${kind}: HTTP ${ex.status} ${ex.text.slice(0, 120)}`;
  let message: { id?: unknown; result?: { isError?: boolean; tools?: unknown[]; content?: { text?: string }[] }; error?: { code?: number; message?: string } };
  try {
    message = JSON.parse(ex.text);
  } catch {
    return `${kind}: body is not JSON`;
  }
  if (message.id !== id) return `${kind}: answer for id ${String(message.id)}, sent ${id}`;
  if (message.error) return `${kind}: JSON-RPC error ${message.error.code} ${message.error.message}`;
  if (kind === 'tools/list' && !Array.isArray(message.result?.tools)) return 'tools/list: no tools array';
  if (kind === 'tools/call' && message.result?.isError) return `tools/call: isError ${message.result.content?.[0]?.text?.slice(0, 160)}`;
  return undefined;
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
}

export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const url = new URL(options.url);
  const ticketNumber = options.ticketNumber ?? 84429;
  const weights: [RequestKind, number][] = (
    [
      ['ping', options.mix?.ping ?? 4],
      ['tools/list', options.mix?.['tools/list'] ?? 3],
      ['tools/call', options.apiKey ? (options.mix?.['tools/call'] ?? 3) : 0],
    ] as [RequestKind, number][]
  ).filter(([, w]) => w > 0);
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  // Deterministic interleaving: request n of a client gets the kind at position n in a repeating weighted cycle.
  const cycle = weights.flatMap(([kind, w]) => Array.from({ length: w }, () => kind));
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json, text/event-stream',
    'mcp-protocol-version': '2025-11-25',
    ...(options.apiKey ? { 'x-tiflux-api-key': options.apiKey } : {}),
  };

  const latencies: Record<string, number[]> = {};
  const errorsByKind: Record<string, number> = {};
  const samples = new Set<string>();
  let errors = 0;
  let status5xx = 0;
  let nextId = 1;
  const started = performance.now();
  const stopAt = started + options.durationMs;
  const minRequests = options.minRequests ?? 0;

  const client = async (index: number) => {
    // One keep-alive connection per client, as an MCP client holds one.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    let n = index; // clients start at different points of the cycle
    try {
      while (performance.now() < stopAt || nextId <= minRequests) {
        const kind = cycle[n++ % total]!;
        const id = nextId++;
        const t0 = performance.now();
        let problem: string | undefined;
        try {
          const ex = await post(agent, url, body(kind, id, ticketNumber), headers);
          if (ex.status >= 500) status5xx++;
          problem = judge(kind, id, ex);
        } catch (error) {
          problem = `${kind}: ${error instanceof Error ? error.message : String(error)}`;
        }
        (latencies[kind] ??= []).push(performance.now() - t0);
        if (problem) {
          errors++;
          errorsByKind[kind] = (errorsByKind[kind] ?? 0) + 1;
          if (samples.size < 10) samples.add(problem);
        }
      }
    } finally {
      agent.destroy();
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, i) => client(i)));
  const elapsed = performance.now() - started;

  const all = Object.values(latencies).flat().sort((a, b) => a - b);
  const byKind: Record<string, KindReport> = {};
  for (const [kind, values] of Object.entries(latencies)) {
    values.sort((a, b) => a - b);
    byKind[kind] = { count: values.length, errors: errorsByKind[kind] ?? 0, p50: percentile(values, 0.5), p99: percentile(values, 0.99) };
  }
  return {
    clients: options.clients,
    durationMs: elapsed,
    requests: all.length,
    errors,
    status5xx,
    throughput: all.length / (elapsed / 1000),
    p50: percentile(all, 0.5),
    p99: percentile(all, 0.99),
    max: all.at(-1) ?? 0,
    byKind,
    errorSamples: [...samples],
  };
}

export function formatLoadReport(report: LoadReport): string {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const lines = [
    `${report.clients} keep-alive clients for ${(report.durationMs / 1000).toFixed(1)} s: ${report.requests} requests, ` +
      `${Math.round(report.throughput)} req/s, p50 ${ms(report.p50)}, p99 ${ms(report.p99)}, max ${ms(report.max)}; ` +
      `errors ${report.errors}, 5xx ${report.status5xx}`,
  ];
  for (const [kind, k] of Object.entries(report.byKind)) {
    lines.push(`  ${kind.padEnd(10)} ${String(k.count).padStart(7)} requests  p50 ${ms(k.p50).padStart(9)}  p99 ${ms(k.p99).padStart(9)}  errors ${k.errors}`);
  }
  for (const sample of report.errorSamples) lines.push(`  error: ${sample}`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// npm run bench: a separate emulator process.

const root = fileURLToPath(new URL('..', import.meta.url));

async function startEmulatorProcess(handler: 'src' | 'dist'): Promise<{ url: string; child: ChildProcess; stderr: () => string }> {
  const port = await freePort();
  const tsx = `${root}node_modules/.bin/tsx`;
  const child = spawn(tsx, ['test-lambda-local.ts'], {
    cwd: root,
    // Logging on, as deployed (one JSON line per request); stdout goes to /dev/null so it costs a write, nothing more.
    env: { ...process.env, PORT: String(port), LOCAL_HANDLER: handler, LOG_LEVEL: 'info', TIFLUX_API_BASE_URL: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      stopProcess(child);
      throw new Error(`the emulator did not start:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: `${baseUrl}/mcp`, child, stderr: () => stderr };
}

function stopProcess(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM'); // tsx → node: the whole process group
  } catch {
    child.kill('SIGTERM');
  }
}

export async function runLoadBench(): Promise<void> {
  const clients = Number(process.env.LOAD_CLIENTS) || 50;
  const seconds = Number(process.env.LOAD_SECONDS) || 10;
  const handler = process.env.LOAD_HANDLER === 'src' || !existsSync(`${root}dist/handler.js`) ? 'src' : 'dist';
  const { SANDBOX_DEMO_KEY, SANDBOX_FIXTURES } = await import('../sandbox/server.js');
  console.log(`\n## Load: the emulator (separate process, ${handler} handler, sandbox TiFlux) under concurrent clients on loopback`);
  const emulator = await startEmulatorProcess(handler);
  try {
    // A short warm-up so the figures are the warm container's, then the measured run.
    await runLoad({ url: emulator.url, clients: 5, durationMs: 1000, apiKey: SANDBOX_DEMO_KEY, ticketNumber: SANDBOX_FIXTURES.openTicket });
    const report = await runLoad({
      url: emulator.url,
      clients,
      durationMs: seconds * 1000,
      apiKey: SANDBOX_DEMO_KEY,
      ticketNumber: SANDBOX_FIXTURES.openTicket,
    });
    console.log(formatLoadReport(report));
    console.log(`errors: ${report.errors === 0 && report.status5xx === 0 ? 'none' : 'SOME (see above)'}`);
  } finally {
    stopProcess(emulator.child);
  }
}
