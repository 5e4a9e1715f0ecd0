/** Turns a failed attempt (HTTP status, network error, timeout, deadline) into the typed error a user sees. */
import {
  TiFluxAuthError,
  TiFluxForbiddenError,
  TiFluxNotFoundError,
  TiFluxRateLimitError,
  TiFluxUnavailableError,
  TiFluxUnreadableResponseError,
  TiFluxValidationError,
  type TiFluxError,
} from './errors.js';
import { summariseErrorBody } from './error-body.js';
import type { FailedAttempt } from './retry-policy.js';
import type { UpstreamRequest } from './transport-types.js';

const NETWORK_DESCRIPTIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  ECONNREFUSED: 'TiFlux refused the connection',
  ECONNRESET: 'the connection to TiFlux was reset',
  EPIPE: 'the connection to TiFlux was closed',
  ENOTFOUND: 'the TiFlux host name could not be resolved',
  EAI_AGAIN: 'the TiFlux host name could not be resolved (DNS)',
  ETIMEDOUT: 'the connection to TiFlux timed out',
  ECONNABORTED: 'the connection to TiFlux was aborted',
}));

function isWrite(request: UpstreamRequest): boolean {
  return request.method !== 'GET';
}

/** For writes whose outcome we cannot know: tell the user to look before trying again. */
function checkBeforeRetrying(request: UpstreamRequest): string {
  return isWrite(request)
    ? ' TiFlux may have applied the change anyway: check before trying again.'
    : ' Try again in a few minutes.';
}

export function errorForStatus(request: UpstreamRequest, status: number, bodyText: string): TiFluxError {
  const { errorCode, details } = summariseErrorBody(bodyText);
  if (status === 401) return new TiFluxAuthError(errorCode);
  if (status === 403) return new TiFluxForbiddenError(request.action, errorCode);
  if (status === 404) return new TiFluxNotFoundError(request.notFound ?? 'such resource', errorCode);
  if (status === 415) {
    return new TiFluxValidationError(request.action, status, [
      { field: '', messages: ['TiFlux did not accept the content type of the request'] },
    ]);
  }
  if (status >= 400 && status < 500) return new TiFluxValidationError(request.action, status, details, errorCode);
  if (status >= 500) {
    return new TiFluxUnavailableError(
      'server_error',
      `TiFlux failed to ${request.action} (HTTP ${status}).${checkBeforeRetrying(request)}`,
      status,
      isWrite(request),
    );
  }
  // 1xx/3xx: we follow no redirects (one could carry the Authorization header elsewhere).
  return new TiFluxUnreadableResponseError(request.action, `an unexpected HTTP ${status}`, status);
}

export function errorForFailure(request: UpstreamRequest, failure: FailedAttempt, bodyText = ''): TiFluxError {
  if (failure.kind === 'http') {
    if (failure.status === 429) {
      return new TiFluxRateLimitError(
        failure.retryAfterMs === undefined ? undefined : Math.max(1, Math.ceil(failure.retryAfterMs / 1000)),
      );
    }
    return errorForStatus(request, failure.status, bodyText);
  }
  if (failure.kind === 'timeout') {
    return new TiFluxUnavailableError(
      'timeout',
      `TiFlux did not answer in time while trying to ${request.action}.${checkBeforeRetrying(request)}`,
      undefined,
      isWrite(request),
    );
  }
  const what = NETWORK_DESCRIPTIONS.get(failure.code) ?? 'the connection to TiFlux failed';
  // A refused connection sent nothing, so even a write certainly did not happen.
  const unknownOutcome = isWrite(request) && failure.code !== 'ECONNREFUSED';
  return new TiFluxUnavailableError(
    'network',
    `Could not ${request.action}: ${what}.${unknownOutcome ? checkBeforeRetrying(request) : ' Try again in a few minutes.'}`,
    undefined,
    unknownOutcome,
  );
}

export function deadlineError(request: UpstreamRequest): TiFluxUnavailableError {
  return new TiFluxUnavailableError(
    'deadline',
    `Not enough time was left in this request to ${request.action} (TiFlux was slow or busy); try again.`,
  );
}
