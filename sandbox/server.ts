// The sandbox TiFlux API: a real HTTP server on loopback with TiFlux's routes, encodings, errors and paging,
// realistic Portuguese data, and fault injection. Used by every test and by the local demo (`npm start`).

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_PREFIX, handleApiRequest, type PipelineState } from './api-pipeline.js';
import { CONTROL_PREFIX, handleControlRequest } from './control.js';
import { SANDBOX_KEYS, defaultSeed } from './data/seed.js';
import type { SandboxSeed } from './data/types.js';
import { FaultController } from './faults.js';
import type { RecordedRequest } from './recorder.js';
import { API_ROUTES } from './families/index.js';

export { FaultController } from './faults.js';
export type { FaultKind, FaultSpec, ActiveFault } from './faults.js';
export type { RecordedRequest, RecordedFile } from './recorder.js';
export type { SandboxSeed, TenantData, TenantId } from './data/types.js';
export { SANDBOX_FIXTURES } from './families/tickets/index.js';
export { SANDBOX_KEYS } from './data/seed.js';

/** The admin key of the main organisation; the local demo prints it. */
export const SANDBOX_DEMO_KEY: string = SANDBOX_KEYS.admin;

export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /**
   * Customises the data: called with a fresh copy of the default seed at start and on every reset(), and may
   * change it in place (add a desk, empty a list, …).
   */
  seed?: (seed: SandboxSeed) => void;
}

export interface SandboxHandle {
  /** e.g. http://127.0.0.1:41234/api/v2 */
  baseUrl: string;
  /** e.g. http://127.0.0.1:41234 (the control routes live under `${origin}/__sandbox/`). */
  origin: string;
  keys: { admin: string; nonAdmin: string; otherTenant: string };
  faults: FaultController;
  /** Data and faults back to the seed; the request log is emptied. */
  reset(): void;
  /** Every API request received since start (or the last reset), oldest first. Live: read it after the calls. */
  readonly requests: RecordedRequest[];
  /** The live data (both organisations). Read it to find ids; change it only through the API in real tests. */
  readonly data: SandboxSeed;
  /** Stops the server, tearing down open and hung connections. */
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<SandboxHandle> {
  const makeSeed = () => {
    const seed = defaultSeed();
    options.seed?.(seed);
    return seed;
  };
  let seed = makeSeed();
  const faults = new FaultController();
  const requests: RecordedRequest[] = [];
  const closing = new AbortController();
  let sequence = 0;
  let baseUrl = '';

  const reset = () => {
    seed = makeSeed();
    faults.clear();
    requests.length = 0;
  };
  const pipeline: PipelineState = {
    seed: () => seed, faults, requests, routes: API_ROUTES, closing: closing.signal, nextSequence: () => ++sequence,
  };
  const control = {
    faults, requests, reset,
    info: () => ({ baseUrl, keys: { ...SANDBOX_KEYS } as Record<string, string> }),
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    let work: Promise<void>;
    if (url.pathname.startsWith(CONTROL_PREFIX)) {
      work = handleControlRequest(control, req, res, url);
    } else if (url.pathname === API_PREFIX || url.pathname.startsWith(`${API_PREFIX}/`)) {
      work = handleApiRequest(pipeline, req, res, url);
    } else {
      res.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8' })
        .end(JSON.stringify({ error_code: 40403, detail: `Not found: ${url.pathname}; the API lives under ${API_PREFIX}` }));
      return;
    }
    work.catch((error: unknown) => {
      // A client that drops the connection mid-body lands here; anything else is a sandbox bug worth seeing.
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' })
          .end(JSON.stringify({ error_code: 50001, detail: 'Internal server error' }));
      }
      if (!req.destroyed) console.error('[sandbox] request failed:', error);
    });
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const origin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  baseUrl = `${origin}${API_PREFIX}`;

  let closed: Promise<void> | undefined;
  return {
    baseUrl,
    origin,
    keys: { ...SANDBOX_KEYS },
    faults,
    reset,
    get requests() {
      return requests;
    },
    get data() {
      return seed;
    },
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        closing.abort();
        server.close((error) => (error ? reject(error) : resolve()));
        // close() alone waits for open connections; hung and keep-alive ones would keep it waiting forever.
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
