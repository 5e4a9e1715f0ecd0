/**
 * Sends one logical request to TiFlux: auth headers, encodings, per-attempt timeout bounded by the invocation
 * deadline, retries by retry-policy.ts, and typed errors. Every attempt is reported to `onUpstreamCall`.
 */
import type { AxiosError, AxiosRequestConfig, AxiosResponse } from 'axios';
import { SERVER_NAME, SERVER_VERSION } from '../version.js';
import { attemptTimeoutMs, usableBudgetMs } from './deadline.js';
import { deadlineError, errorForFailure, errorForStatus } from './error-mapping.js';
import { loadHttpRuntime } from './http-runtime.js';
import type { HttpRuntime } from './http-runtime.js';
import { decodeSuccessBody } from './response-body.js';
import { decideRetry, parseRetryAfterMs, type FailedAttempt } from './retry-policy.js';
import { parseTotalItems } from './paging.js';
import type { CallContext } from './call-context.js';
import type { Transport, UpstreamCallReport, UpstreamRequest, UpstreamResponse } from './transport-types.js';

/** Where the calls go; the key, the deadline and the attempt report come with the CallContext. */
export interface TransportConfig {
  /** Without a trailing slash, e.g. https://api.tiflux.com/api/v2 */
  baseUrl: string;
  /** For tests of the jitter; defaults to Math.random. */
  random?: () => number;
}

export const USER_AGENT = `${SERVER_NAME}/${SERVER_VERSION} (node/${process.versions.node})`;

type AttemptResult = { ok: true; response: AxiosResponse<string> } | { ok: false; failure: FailedAttempt };

export function createTransport(call: CallContext, config: TransportConfig): Transport {
  const report = (attempt: UpstreamCallReport) => {
    try {
      call.onUpstreamCall?.(attempt);
    } catch {
      // An observer must never break the call it observes.
    }
  };

  return {
    async send(request) {
      const { axios, writeAgents } = await loadHttpRuntime();
      const agents = request.method === 'GET' ? undefined : writeAgents;
      for (let attempt = 1; ; attempt++) {
        const timeoutMs = attemptTimeoutMs(usableBudgetMs(call.remainingTimeMs));
        if (timeoutMs === 0) throw deadlineError(request);

        const started = performance.now();
        const result = await attemptOnce(axios.request.bind(axios), call.apiKey, config, request, timeoutMs, agents);
        report({
          method: request.method,
          path: request.path,
          status: result.ok ? result.response.status : result.failure.kind === 'http' ? result.failure.status : undefined,
          durationMs: Math.round(performance.now() - started),
          attempt,
        });

        if (result.ok) {
          const { response } = result;
          if (response.status >= 200 && response.status < 300) return toUpstreamResponse(request, response);
          throw errorForStatus(request, response.status, bodyText(response));
        }

        const decision = decideRetry({
          method: request.method,
          failure: result.failure,
          attempt,
          budgetMs: usableBudgetMs(call.remainingTimeMs),
          random: config.random,
          retryOnlyUnsent: request.retryOnlyUnsent,
        });
        // Out of attempts or time: report what TiFlux last did (a timeout, a 503…), which says more than "deadline".
        if (!decision.retry) throw errorForFailure(request, result.failure, result.body ?? '');
        await sleep(decision.delayMs);
      }
    },
  };
}

/** One HTTP exchange. Retryable statuses come back as failures; every other status as a response. */
async function attemptOnce(
  send: (config: AxiosRequestConfig) => Promise<AxiosResponse<string>>,
  apiKey: string,
  config: TransportConfig,
  request: UpstreamRequest,
  timeoutMs: number,
  agents?: HttpRuntime['writeAgents'],
): Promise<AttemptResult & { body?: string }> {
  const controller = new AbortController();
  let timedOut = false;
  // Our own timer rather than axios' `timeout`, which only bounds socket inactivity: this bounds the whole exchange.
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await send({ ...axiosConfig(apiKey, config, request, controller.signal), ...agents });
    if (response.status === 429 || response.status === 502 || response.status === 503 || response.status === 504) {
      const retryAfterMs = parseRetryAfterMs(headerValue(response, 'retry-after'));
      return { ok: false, failure: { kind: 'http', status: response.status, retryAfterMs }, body: bodyText(response) };
    }
    return { ok: true, response };
  } catch (error) {
    if (timedOut) return { ok: false, failure: { kind: 'timeout' } };
    const code = (error as AxiosError).code ?? (error as { cause?: { code?: string } }).cause?.code ?? 'UNKNOWN';
    return { ok: false, failure: { kind: 'network', code } };
  } finally {
    clearTimeout(timer);
  }
}

function axiosConfig(apiKey: string, config: TransportConfig, request: UpstreamRequest, signal: AbortSignal): AxiosRequestConfig {
  const query = request.query?.toString();
  const headers: Record<string, string | false> = {
    Authorization: `Bearer ${apiKey}`,
    Accept: 'application/json',
    'User-Agent': USER_AGENT,
  };
  let data: unknown;
  const body = request.body;
  if (!body) {
    // cancel/close carry no body; keep axios from adding a form content type of its own.
    headers['Content-Type'] = false;
  } else if (body.encoding === 'json') {
    headers['Content-Type'] = 'application/json';
    data = JSON.stringify(body.value);
  } else if (body.encoding === 'form') {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    data = body.value.toString();
  } else {
    data = body.value; // FormData: axios writes the multipart boundary and length itself
  }
  return {
    method: request.method,
    url: `${config.baseUrl}${request.path}${query ? `?${query}` : ''}`,
    headers,
    data,
    signal,
  };
}

function toUpstreamResponse(request: UpstreamRequest, response: AxiosResponse<string>): UpstreamResponse {
  return {
    status: response.status,
    body: decodeSuccessBody(bodyText(response), headerValue(response, 'content-type'), request.action, response.status, request.method !== 'GET'),
    totalItems: parseTotalItems(headerValue(response, 'x-total-items')),
    request,
  };
}

function bodyText(response: AxiosResponse<unknown>): string {
  return typeof response.data === 'string' ? response.data : '';
}

function headerValue(response: AxiosResponse<unknown>, name: string): string | undefined {
  const value: unknown = response.headers[name];
  if (Array.isArray(value)) return value.length ? String(value[0]) : undefined;
  return value === undefined || value === null ? undefined : String(value);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
