// Test-control routes under /__sandbox/, for when the sandbox runs in another process. Served only to loopback
// peers and never under /api/v2, so no TiFlux client can reach them by accident.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { FAULT_KINDS, type FaultController, type FaultKind, type FaultSpec } from './faults.js';
import { readBody } from './http/body.js';
import type { RecordedRequest } from './recorder.js';

export const CONTROL_PREFIX = '/__sandbox/';

export interface ControlState {
  faults: FaultController;
  requests: RecordedRequest[];
  reset(): void;
  info(): { baseUrl: string; keys: Record<string, string> };
}

export function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

export async function handleControlRequest(state: ControlState, req: IncomingMessage, res: ServerResponse, url: URL) {
  if (!isLoopback(req.socket.remoteAddress)) return send(res, 403, { error: 'sandbox control is loopback-only' });
  const route = `${req.method} ${url.pathname.slice(CONTROL_PREFIX.length - 1).replace(/\/+$/, '')}`;
  try {
    switch (route) {
      case 'GET /info':
        return send(res, 200, state.info());
      case 'GET /faults':
        return send(res, 200, state.faults.list().map(({ id, spec, hits, remaining }) => ({
          id, hits, remaining: Number.isFinite(remaining) ? remaining : null, spec: serialiseSpec(spec),
        })));
      case 'POST /faults': {
        const id = state.faults.inject(faultFromJson(await readJson(req)));
        return send(res, 201, { id });
      }
      case 'DELETE /faults':
        state.faults.clear();
        return send(res, 204);
      case 'POST /reset':
        state.reset();
        return send(res, 204);
      case 'GET /requests':
        return send(res, 200, state.requests);
      case 'DELETE /requests':
        state.requests.length = 0;
        return send(res, 204);
      default:
        return send(res, 404, { error: `unknown sandbox control route: ${route}` });
    }
  } catch (error) {
    return send(res, 400, { error: error instanceof Error ? error.message : String(error) });
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const raw = await readBody(req);
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new TypeError('the body must be JSON');
  }
}

/**
 * JSON cannot carry a RegExp, so over HTTP a pattern is sent as `pathPattern` (a RegExp source string) and an exact
 * path as `path`.
 */
function faultFromJson(input: unknown): FaultSpec {
  if (typeof input !== 'object' || input === null) throw new TypeError('the body must be a JSON object');
  const body = input as Record<string, unknown>;
  if (!FAULT_KINDS.includes(body.kind as FaultKind)) throw new TypeError(`kind must be one of ${FAULT_KINDS.join(', ')}`);
  const spec: FaultSpec = { kind: body.kind as FaultKind };
  if (typeof body.method === 'string') spec.method = body.method;
  if (typeof body.path === 'string') spec.path = body.path;
  if (typeof body.pathPattern === 'string') spec.path = new RegExp(body.pathPattern);
  if (typeof body.times === 'number') spec.times = body.times;
  if (typeof body.status === 'number') spec.status = body.status;
  if (typeof body.retryAfter === 'string' || typeof body.retryAfter === 'number') spec.retryAfter = String(body.retryAfter);
  if (typeof body.delayMs === 'number') spec.delayMs = body.delayMs;
  if (typeof body.afterProcessing === 'boolean') spec.afterProcessing = body.afterProcessing;
  return spec;
}

function serialiseSpec(spec: FaultSpec) {
  return spec.path instanceof RegExp ? { ...spec, path: undefined, pathPattern: spec.path.source } : spec;
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  const payload = Buffer.from(JSON.stringify(body), 'utf8');
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(payload.length) }).end(payload);
}
