import { describe, expect, it } from 'vitest';
import {
  TiFluxAuthError,
  TiFluxForbiddenError,
  TiFluxNotFoundError,
  TiFluxRateLimitError,
  TiFluxUnavailableError,
  TiFluxValidationError,
} from '../../src/tiflux/errors.js';
import { summariseErrorBody } from '../../src/tiflux/error-body.js';
import { errorForFailure, errorForStatus } from '../../src/tiflux/error-mapping.js';
import type { UpstreamRequest } from '../../src/tiflux/transport-types.js';

const read: UpstreamRequest = { method: 'GET', path: '/tickets/1', action: 'read ticket #1', notFound: 'ticket #1' };
const create: UpstreamRequest = { method: 'POST', path: '/tickets', action: 'create a ticket' };

describe('summariseErrorBody', () => {
  it('extracts error_code and field messages', () => {
    expect(summariseErrorBody('{"error_code":42202,"detail":{"name":["has already been taken"],"x":"bad"}}')).toEqual({
      errorCode: 42202,
      details: [
        { field: 'name', messages: ['has already been taken'] },
        { field: 'x', messages: ['bad'] },
      ],
    });
    expect(summariseErrorBody('{"error_code":"42201","detail":"cannot have more than 15 items"}')).toEqual({
      errorCode: 42201,
      details: [{ field: '', messages: ['cannot have more than 15 items'] }],
    });
  });

  it('keeps nothing from HTML or garbage, and bounds what it keeps', () => {
    expect(summariseErrorBody('<html><body>Traceback…</body></html>')).toEqual({ errorCode: undefined, details: [] });
    expect(summariseErrorBody('{not json')).toEqual({ errorCode: undefined, details: [] });
    const long = summariseErrorBody(JSON.stringify({ detail: { f: ['<b>x</b>' + 'y'.repeat(1000)] } }));
    expect(long.details[0]?.messages[0]).toMatch(/^x y+…$/);
    expect(long.details[0]!.messages[0]!.length).toBeLessThanOrEqual(201);
    const many = summariseErrorBody(
      JSON.stringify({ detail: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}`, 'bad'])) }),
    );
    expect(many.details).toHaveLength(10);
    const weirdField = summariseErrorBody(JSON.stringify({ detail: { '<script>': 'bad' } }));
    expect(weirdField.details[0]?.field).toBe('field');
  });
});

describe('errorForStatus', () => {
  it('maps each status to its class with an actionable message', () => {
    expect(errorForStatus(read, 401, '')).toBeInstanceOf(TiFluxAuthError);
    expect(errorForStatus(read, 401, '').userMessage).toMatch(/^TiFlux rejected the API key .*x-tiflux-api-key/);
    const forbidden = errorForStatus(read, 403, '{"error_code":40301}');
    expect(forbidden).toBeInstanceOf(TiFluxForbiddenError);
    expect(forbidden.userMessage).toBe(
      'TiFlux refused to read ticket #1 (HTTP 403): the API key’s user lacks the permission (some routes need an admin key).',
    );
    expect(errorForStatus(read, 403, '{"error_code":40304}').userMessage).toMatch(/no active Tickets licence/);
    const notFound = errorForStatus(read, 404, '{"error_code":40401}');
    expect(notFound).toBeInstanceOf(TiFluxNotFoundError);
    expect(notFound.userMessage).toBe('TiFlux found no ticket #1 (HTTP 404): check the number or id.');
    const invalid = errorForStatus(create, 422, '{"error_code":42201,"detail":{"title":["can\'t be blank"]}}');
    expect(invalid).toBeInstanceOf(TiFluxValidationError);
    expect(invalid.userMessage).toBe(
      "TiFlux rejected the request to create a ticket (HTTP 422, code 42201): title: can't be blank.",
    );
    expect((invalid as TiFluxValidationError).details).toEqual([{ field: 'title', messages: ["can't be blank"] }]);
  });

  it('never lets an HTML body through', () => {
    const error = errorForStatus(read, 500, '<html><h1>Internal Server Error</h1><pre>at Foo.bar (x.rb:1)</pre></html>');
    expect(error).toBeInstanceOf(TiFluxUnavailableError);
    expect(error.userMessage).not.toMatch(/html|Foo\.bar|<|Internal Server Error/i);
  });

  it('warns that a failed write may have been applied', () => {
    const error = errorForStatus(create, 503, '') as TiFluxUnavailableError;
    expect(error.outcomeUnknown).toBe(true);
    expect(error.userMessage).toMatch(/may have applied the change anyway: check before trying again/);
  });
});

describe('errorForFailure', () => {
  it('says when to retry after a 429', () => {
    const error = errorForFailure(read, { kind: 'http', status: 429, retryAfterMs: 120_000 });
    expect(error).toBeInstanceOf(TiFluxRateLimitError);
    expect((error as TiFluxRateLimitError).retryAfterSeconds).toBe(120);
    expect(error.userMessage).toBe('TiFlux is rate limiting this API key (HTTP 429): retry in 120 s.');
  });

  it('tells a refused connection apart: nothing was written', () => {
    const refused = errorForFailure(create, { kind: 'network', code: 'ECONNREFUSED' }) as TiFluxUnavailableError;
    expect(refused.outcomeUnknown).toBe(false);
    const reset = errorForFailure(create, { kind: 'network', code: 'ECONNRESET' }) as TiFluxUnavailableError;
    expect(reset.outcomeUnknown).toBe(true);
    expect(reset.userMessage).toMatch(/connection to TiFlux was reset/);
  });
});
