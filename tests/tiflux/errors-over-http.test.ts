// Every error class, produced by the sandbox over real HTTP, with the message a person would read.
import { describe, expect, it } from 'vitest';
import { SANDBOX_FIXTURES } from '../../sandbox/server.js';
import {
  TiFluxAuthError,
  TiFluxForbiddenError,
  TiFluxInputError,
  TiFluxNotFoundError,
  TiFluxUnavailableError,
  TiFluxUnreadableResponseError,
  TiFluxValidationError,
} from '../../src/tiflux/errors.js';
import { caught, recordingClient, useSandbox } from './support.js';

const ctx = useSandbox();
const open = SANDBOX_FIXTURES.openTicket;

/** No upstream text (HTML, the sandbox's fault bodies, stack traces) may reach a message. */
function expectNoUpstreamText(message: string) {
  expect(message).not.toMatch(/<|html|doctype|Traceback|at \w+ \(|Internal server error|Bad Gateway/i);
}

describe('HTTP errors', () => {
  it('401: a key TiFlux does not know', async () => {
    const client = recordingClient(ctx.sandbox, 'tfx-not-a-real-key');
    const error = await caught(client.tickets.get(open));
    expect(error).toBeInstanceOf(TiFluxAuthError);
    expect(error.kind).toBe('auth');
    expect(error.message).toMatch(/^TiFlux rejected the API key \(HTTP 401\): check the x-tiflux-api-key header/);
    expect(error.message).not.toContain('tfx-not-a-real-key');
    expect(client.calls).toHaveLength(1);
  });

  it('403: a non-admin key on an admin-only route', async () => {
    const client = recordingClient(ctx.sandbox, ctx.sandbox.keys.nonAdmin);
    const error = await caught(client.users.list());
    expect(error).toBeInstanceOf(TiFluxForbiddenError);
    expect(error.message).toBe(
      'TiFlux refused to list users (HTTP 403): the API key’s user lacks the permission (some routes need an admin key).',
    );
    expect(error.errorCode).toBe(40301);
  });

  it('404: a ticket that does not exist, named in the message', async () => {
    const client = recordingClient(ctx.sandbox);
    const error = await caught(client.tickets.get(SANDBOX_FIXTURES.missingTicket));
    expect(error).toBeInstanceOf(TiFluxNotFoundError);
    expect(error.message).toBe(`TiFlux found no ticket #${SANDBOX_FIXTURES.missingTicket} (HTTP 404): check the number or id.`);
  });

  it('422: field details extracted from {error_code, detail}', async () => {
    const client = recordingClient(ctx.sandbox);
    const desk = ctx.sandbox.data.tenants.main.desks.find((d) => d.display_name === 'Suporte')!;
    const error = await caught(
      client.tickets.create({ title: 'x', description: 'y', client_id: 987654321, desk_id: desk.id }),
    );
    expect(error).toBeInstanceOf(TiFluxValidationError);
    const validation = error as unknown as TiFluxValidationError;
    expect(validation.status).toBe(422);
    expect(validation.details).toContainEqual({ field: 'client_id', messages: ['not found'] });
    expect(error.message).toMatch(/^TiFlux rejected the request to create a ticket \(HTTP 422, code 422\d\d\): .*client_id: not found/);
  });

  it('500 on a GET: not retried (only 502/503/504 are), and no upstream text in the message', async () => {
    ctx.sandbox.faults.inject({ kind: 'status', status: 500, path: `/tickets/${open}` });
    const client = recordingClient(ctx.sandbox);
    const error = await caught(client.tickets.get(open));
    expect(error).toBeInstanceOf(TiFluxUnavailableError);
    expect(error.message).toBe(`TiFlux failed to read ticket #${open} (HTTP 500). Try again in a few minutes.`);
    expect(ctx.sandbox.requests).toHaveLength(1);
  });

  it('an HTML error page that never recovers: unavailable after 3 attempts, HTML never shown', async () => {
    ctx.sandbox.faults.inject({ kind: 'html', status: 502, path: `/tickets/${open}` });
    const client = recordingClient(ctx.sandbox);
    const error = await caught(client.tickets.get(open));
    expect(error).toBeInstanceOf(TiFluxUnavailableError);
    expect(error.message).toContain('(HTTP 502)');
    expectNoUpstreamText(error.message);
    expect(client.calls.map((c) => c.attempt)).toEqual([1, 2, 3]);
  });
});

describe('unreadable 2xx answers', () => {
  it('an HTML page with status 200', async () => {
    ctx.sandbox.faults.inject({ kind: 'html', status: 200, path: `/tickets/${open}` });
    const client = recordingClient(ctx.sandbox);
    const error = await caught(client.tickets.get(open));
    expect(error).toBeInstanceOf(TiFluxUnreadableResponseError);
    expect(error.message).toBe(
      `TiFlux answered the request to read ticket #${open} with an HTML page, not the JSON expected; try again later.`,
    );
  });

  it('malformed JSON', async () => {
    ctx.sandbox.faults.inject({ kind: 'malformed-json', path: `/tickets/${open}` });
    const client = recordingClient(ctx.sandbox);
    const error = await caught(client.tickets.get(open));
    expect(error).toBeInstanceOf(TiFluxUnreadableResponseError);
    expect(error.message).toContain('with malformed JSON');
    expectNoUpstreamText(error.message);
  });
});

describe('local input errors: nothing is sent', () => {
  it('path traversal in a ticket number never reaches TiFlux', async () => {
    const client = recordingClient(ctx.sandbox);
    for (const attempt of [
      () => client.tickets.get('1/../../users'),
      () => client.tickets.cancel('1/../../users'),
      () => client.ticketAnswers.create('../users', { text: 'x' }),
      () => client.internalCommunications.get(open, '1/../../../users'),
      () => client.desks.stages('1?x=1'),
      () => client.tickets.get('%2e%2e'),
    ]) {
      const error = await caught(attempt());
      expect(error).toBeInstanceOf(TiFluxInputError);
    }
    expect(ctx.sandbox.requests).toHaveLength(0);
    expect(client.calls).toHaveLength(0);
  });

  it('more than 15 ids in a filter', async () => {
    const client = recordingClient(ctx.sandbox);
    const ids = Array.from({ length: 16 }, (_, i) => i + 1).join(',');
    const error = await caught(client.tickets.list({ desk_ids: ids }));
    expect(error).toBeInstanceOf(TiFluxInputError);
    expect(error.message).toBe('desk_ids accepts at most 15 ids (got 16); split the search into several calls.');
    expect(ctx.sandbox.requests).toHaveLength(0);
  });

  it('a limit over 200', async () => {
    const client = recordingClient(ctx.sandbox);
    const error = await caught(client.tickets.list({ limit: 500 }));
    expect(error.message).toBe('limit must be a whole number from 1 to 200 (got 500).');
    expect(ctx.sandbox.requests).toHaveLength(0);
  });
});
