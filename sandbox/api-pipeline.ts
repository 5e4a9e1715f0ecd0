// One API request, start to finish: record it, apply faults, authenticate, route, check the encoding, run the
// handler, answer. Kept apart from server.ts so each file has one job.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultController, FaultSpec } from './faults.js';
import { ApiError, type ApiResponse, forbidden, routeNotFound, unsupportedMediaType } from './http/api-response.js';
import { authenticate, bearerKey, keyFingerprint } from './http/auth.js';
import { encodingOf, parseBody, type ParsedBody, readBody } from './http/body.js';
import { matchRoute, type Route } from './http/router.js';
import { sendApiResponse, sendFault } from './http/send.js';
import { appendRecord, describeBody, type RecordedRequest, safeHeaders } from './recorder.js';
import type { SandboxSeed } from './data/types.js';

export const API_PREFIX = '/api/v2';

export interface PipelineState {
  seed(): SandboxSeed;
  faults: FaultController;
  requests: RecordedRequest[];
  routes: readonly Route[];
  /** Aborted by close(), so pending latency waits stop instead of writing to dead sockets. */
  closing: AbortSignal;
  nextSequence(): number;
}

export async function handleApiRequest(
  state: PipelineState, req: IncomingMessage, res: ServerResponse, url: URL,
): Promise<void> {
  const method = req.method ?? 'GET';
  const apiPath = url.pathname.slice(API_PREFIX.length) || '/';
  const key = bearerKey(req.headers.authorization);
  const record: RecordedRequest = {
    sequence: state.nextSequence(), method, path: apiPath, rawUrl: req.url ?? '', query: Object.fromEntries(url.searchParams),
    contentType: req.headers['content-type'], bodyKind: 'none', fields: {}, files: [], json: undefined,
    keyFingerprint: key === undefined ? null : keyFingerprint(key), headers: safeHeaders(req.headers),
    receivedAt: new Date().toISOString(), status: null, fault: null,
  };
  appendRecord(state.requests, record);

  let body: ParsedBody | undefined;
  let bodyError: ApiError | undefined;
  try {
    body = parseBody(await readBody(req), record.contentType);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    bodyError = error;
  }
  Object.assign(record, describeBody(body));

  const fault = state.faults.take(method, apiPath);
  record.fault = fault?.kind ?? null;
  const delayMs = fault?.delayMs ?? (fault?.kind === 'latency' ? 1000 : 0);
  if (delayMs > 0) {
    try {
      await sleep(delayMs, undefined, { signal: state.closing });
    } catch {
      return; // the sandbox is closing
    }
  }

  const failing: FaultSpec | undefined = fault?.kind === 'latency' ? undefined : fault;
  if (failing && !failing.afterProcessing) {
    record.status = sendFault(res, failing);
    return;
  }
  const response = processApiRequest(state, req, method, apiPath, url, body, bodyError);
  if (failing) {
    record.status = sendFault(res, failing);
    return;
  }
  sendApiResponse(res, response);
  record.status = response.status;
}

function processApiRequest(
  state: PipelineState, req: IncomingMessage, method: string, apiPath: string, url: URL,
  body: ParsedBody | undefined, bodyError: ApiError | undefined,
): ApiResponse {
  try {
    const principal = authenticate(state.seed(), req.headers.authorization);
    const match = matchRoute(state.routes, method, apiPath);
    if (!match) throw routeNotFound(`No route matches ${method} ${API_PREFIX}${apiPath}`);
    const { route, params } = match;
    if (route.adminOnly && !principal.isAdmin) throw forbidden('You do not have permission to access this resource');
    if (bodyError && bodyError.status === 413) throw bodyError;
    const contentType = req.headers['content-type'];
    const noBody = contentType === undefined && body?.kind === 'none';
    if (route.accepts && !(route.bodyOptional && noBody)) {
      const encoding = encodingOf(contentType);
      if (!encoding || !route.accepts.includes(encoding)) {
        throw unsupportedMediaType(
          `Content-Type ${contentType ?? '(none)'} is not supported here; send ${route.accepts.map(describeEncoding).join(' or ')}`,
        );
      }
      if (bodyError) throw bodyError;
    }
    return route.handle({ principal, params, query: url.searchParams, body: body ?? { kind: 'none' }, now: new Date() });
  } catch (error) {
    if (error instanceof ApiError) return error.toResponse();
    console.error('[sandbox] handler crashed:', error);
    return { status: 500, body: { error_code: 50001, detail: 'Internal server error' } };
  }
}

function describeEncoding(encoding: string): string {
  return { json: 'application/json', form: 'application/x-www-form-urlencoded', multipart: 'multipart/form-data' }[encoding] ?? encoding;
}
