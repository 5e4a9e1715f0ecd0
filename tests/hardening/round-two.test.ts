/**
 * Issue 12 (hardening, round two), the items that need no sandbox: the result-size policy and the payload guard,
 * wording of wrong-type arguments, id hints per tool, typo-tolerant suggestions, secrets in tool results, the
 * lookup cache, origins, the protocol-version header, the unknown-path placeholder, Lambda's request id and the
 * port-in-use message. Each test fails on the code before the fix.
 */
import { readFileSync } from 'node:fs';
import { ALL_SELECTION } from '../../src/tools/selection.js';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { handleLambdaEvent } from '../../src/lambda-adapter.js';
import { guardLambdaPayload, LAMBDA_RESPONSE_LIMIT_BYTES } from '../../src/mcp/payload-guard.js';
import { isOriginAllowed } from '../../src/http/origin-policy.js';
import { classifyEra } from '../../src/mcp/era.js';
import { fitToolResult, MAX_RESULT_TEXT_CHARS, MAX_STRUCTURED_CHARS } from '../../src/tools/result-size.js';
import { windowOf } from '../../src/tools/format/long-text.js';
import { listChangeLine } from '../../src/tools/format/list-change.js';
import { defineTool } from '../../src/tools/define-tool.js';
import { runTool } from '../../src/tools/run-tool.js';
import { matchName } from '../../src/tools/names/match-names.js';
import { pickOne } from '../../src/tools/names/pick-one.js';
import { TiFluxUnreadableResponseError, TiFluxValidationError } from '../../src/tiflux/errors.js';
import {
  cachedLookup,
  clearLookupCache,
  forgetKey,
  lookupCacheStats,
  MAX_CACHED_ROWS,
  setLookupCacheClock,
} from '../../src/tiflux/lookup-cache.js';
import { startupProblem } from '../../test-lambda-local.js';
import { captureOutput } from '../observability/capture.js';
import { functionUrlEvent } from '../observability/events.js';

const KEY = 'tfx-ROUNDTWO-0123456789abcdef-SECRET';
const call = { apiKey: KEY, remainingTimeMs: () => 10_000, selection: ALL_SELECTION };
const textOf = (result: CallToolResult) => (result.content[0] as { text: string }).text;

const savedLevel = process.env.LOG_LEVEL;
afterEach(() => {
  if (savedLevel === undefined) delete process.env.LOG_LEVEL;
  else process.env.LOG_LEVEL = savedLevel;
  clearLookupCache();
  setLookupCacheClock(undefined);
  delete process.env.ALLOWED_ORIGINS;
});

function probeTool(run: () => Promise<{ text: string; structured?: Record<string, unknown> }>, name = 'probe') {
  return defineTool({
    toolset: 'tickets',
    name,
    title: 'Probe',
    description: 'Test tool.',
    input: () => ({
      limit: z.number().int().min(1).max(200).default(20),
      offset: z.number().int().min(1).default(1),
      is_closed: z.boolean().default(false),
      client_name: z.string().optional(),
      client_ids: z.string().optional(),
    }),
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    run: run as never,
  });
}

describe('results that always fit (item 1)', () => {
  it('caps the text at 100,000 characters with a note naming the paging arguments, and the structured content too', () => {
    const rows = Array.from({ length: 400 }, (_, i) => ({ id: i, text: `nota ${i} `.repeat(2_000) }));
    const result = fitToolResult(
      { content: [{ type: 'text', text: rows.map((row) => row.text).join('\n') }], structuredContent: { rows } },
      { argumentNames: ['ticket_number', 'offset', 'limit'] },
    );
    const text = textOf(result);
    expect(text.length).toBeLessThanOrEqual(MAX_RESULT_TEXT_CHARS);
    expect(text).toMatch(/\[Answer cut: [\d,]+ of its [\d,]+ characters are not shown .*a smaller `limit`.*`offset`/s);
    expect(JSON.stringify(result.structuredContent).length).toBeLessThanOrEqual(MAX_STRUCTURED_CHARS);
    const kept = (result.structuredContent as { rows: { text: string }[] }).rows;
    expect(kept.length).toBeGreaterThan(0);
    expect(kept[0]!.text).toMatch(/… \[cut: [\d,]+ more characters\]$/);
  });

  it('leaves a result that fits exactly as it was', () => {
    const result: CallToolResult = { content: [{ type: 'text', text: 'ok' }], structuredContent: { a: 'b' } };
    expect(fitToolResult(result)).toEqual(result);
  });

  it('every tool result passes through the policy in runTool', async () => {
    const tool = probeTool(async () => ({ text: 'x'.repeat(7_000_000), structured: { description: 'y'.repeat(7_000_000) } }));
    const result = await runTool(tool, {}, call);
    expect(textOf(result).length).toBeLessThanOrEqual(MAX_RESULT_TEXT_CHARS);
    expect(JSON.stringify(result.structuredContent).length).toBeLessThanOrEqual(MAX_STRUCTURED_CHARS);
  });

  it('a long field is shown a window at a time, saying how much was cut and how to read on', () => {
    const text = 'a'.repeat(50_000);
    const first = windowOf(text, 0, (next) => `call again with description_offset ${next}`);
    expect(first).toMatchObject({ total_chars: 50_000, next_offset: 20_000 });
    expect(first.note).toContain('30,000 more. To read on, call again with description_offset 20000');
    const last = windowOf(text, 40_000, () => 'never');
    expect(last.next_offset).toBeNull();
    expect(last.text).toHaveLength(10_000);
  });

  it('the payload guard measures what Lambda serialises (escaped once more) and answers an in-band error by id', () => {
    // 1.6 M quotes: 3.2 MB as a body (\"), 6.4 MB once Lambda escapes it again (\\\"). The body alone looks fine.
    const body = JSON.stringify({ jsonrpc: '2.0', id: 7, result: { content: [{ type: 'text', text: '"'.repeat(1_600_000) }] } });
    expect(Buffer.byteLength(body)).toBeLessThan(LAMBDA_RESPONSE_LIMIT_BYTES);
    const guarded = guardLambdaPayload({ statusCode: 200, headers: {}, body, isBase64Encoded: false });
    expect(Buffer.byteLength(JSON.stringify(guarded))).toBeLessThan(LAMBDA_RESPONSE_LIMIT_BYTES);
    expect(JSON.parse(guarded.body!)).toMatchObject({ id: 7, error: { code: -32603, message: expect.stringMatching(/^Response too large/) } });
    const batch = `[${body},${body.replace('"id":7', '"id":8')}]`;
    const answers = JSON.parse(guardLambdaPayload({ statusCode: 200, headers: {}, body: batch }).body!) as { id: number }[];
    expect(answers.map((a) => a.id)).toEqual([7, 8]);
  });
});

describe('writes that say the truth (item 2)', () => {
  it('an unreadable answer to a write TiFlux accepted says "probably applied: check before repeating"', async () => {
    const tool = probeTool(async () => {
      throw new TiFluxUnreadableResponseError('create a ticket', 'an HTML page', 200, true);
    });
    const text = textOf(await runTool(tool, {}, call));
    expect(text).toContain('probably applied');
    expect(text).toContain('check in TiFlux before repeating it');
    expect(text).not.toContain('try again later');
  });
});

describe('wrong-type arguments say what was expected and what came (item 7)', () => {
  const tool = probeTool(async () => ({ text: 'ok' }));
  it.each([
    [{ limit: '5' }, '`limit` must be a number, not a string ("5")'],
    [{ limit: 5.5 }, '`limit` must be a whole number, not the number 5.5'],
    [{ is_closed: 'true' }, '`is_closed` must be true or false, not a string ("true")'],
    [{ client_name: 123 }, '`client_name` must be a string, not the number 123'],
    [{ limit: null }, '`limit` must be a number, not null'],
  ])('%j', async (args, message) => {
    const text = textOf(await runTool(tool, args, call));
    expect(text).toContain(message);
    expect(text).not.toContain('is required');
  });
});

describe('hints name arguments of the tool that gave them (item 7)', () => {
  const clients = [{ id: 1, name: 'Padaria Pão Quente' }, { id: 2, name: 'Padaria Pão Dourado' }];
  const kind = {
    argument: 'client_name',
    idArgument: 'client_id',
    noun: 'client',
    plural: 'clients',
    namesOf: (c: { name: string }) => [c.name],
    describe: (c: { id: number; name: string }) => `${c.id} · ${c.name}`,
    searchHint: 'search_client',
  };
  it('a tool with client_ids (list_tickets) is told client_ids, one with neither gets no id advice', async () => {
    const failing = (name: string) =>
      probeTool(async () => {
        pickOne('Padaria', clients, kind);
        return { text: 'unreachable' };
      }, name);
    const text = textOf(await runTool(failing('probe_list'), {}, call));
    expect(text).toContain('Retry with client_ids set to the right id');
    expect(text).not.toMatch(/client_id\b/);
  });
});

describe('typo-tolerant suggestions (item 7)', () => {
  it('"padarai" suggests "Padaria …" (a swapped letter), a far word suggests nothing', () => {
    const items = [{ name: 'Padaria Pão Quente' }, { name: 'Oficina Mecânica' }];
    const match = matchName('padarai', items, (item) => [item.name]);
    expect(match).toMatchObject({ kind: 'none', closest: [{ name: 'Padaria Pão Quente' }] });
    expect(matchName('zzzzzz', items, (item) => [item.name])).toMatchObject({ kind: 'none', closest: [] });
  });
});

describe('secrets (item 4)', () => {
  it('an upstream error text that quotes the key is redacted in the tool result', async () => {
    const tool = probeTool(async () => {
      throw new TiFluxValidationError('create a ticket', 422, [{ field: 'token', messages: [`chave ${KEY} inválida`] }]);
    });
    const text = textOf(await runTool(tool, {}, call));
    expect(text).toContain('[redacted]');
    expect(text).not.toContain(KEY);
  });

  it('a key placed in the path is neither echoed in the 404 nor written to the log', async () => {
    process.env.LOG_LEVEL = 'info';
    const { lines } = await captureOutput(async () => {
      const res = await handleLambdaEvent(functionUrlEvent({ jsonrpc: '2.0', id: 1, method: 'ping' }, {}, { path: `/mcp/${KEY}` }));
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain(KEY);
      expect(res.body).toContain('No route for this path');
    });
    const request = lines.find((line) => line.msg === 'request')!;
    expect(request.path).toBe('(unrouted path)');
    expect(JSON.stringify(lines)).not.toContain('SECRET');
  });
});

describe('Lambda request id (item 7)', () => {
  it('logs the id from the Lambda context, not API Gateway’s', async () => {
    process.env.LOG_LEVEL = 'info';
    const { lines } = await captureOutput(() =>
      handleLambdaEvent(functionUrlEvent({ jsonrpc: '2.0', id: 1, method: 'ping' }, {}, { requestId: 'apigw-id' }), {
        awsRequestId: 'lambda-id',
        getRemainingTimeInMillis: () => 10_000,
      }),
    );
    expect(lines.find((line) => line.msg === 'request')).toMatchObject({ requestId: 'lambda-id' });
  });
});

describe('MCP-Protocol-Version that is not a version (item 7)', () => {
  it('says the header value is not a protocol version and lists the supported ones', () => {
    const decision = classifyEra({ jsonrpc: '2.0', id: 1, method: 'tools/list' }, { 'mcp-protocol-version': 'garbage' });
    expect(decision.era).toBe('rejected');
    const message = decision.era === 'rejected' ? decision.rejection.message : '';
    expect(message).toContain('"garbage" is not a protocol version');
    expect(message).toContain('2026-07-28, 2025-11-25, 2025-06-18, 2025-03-26');
    expect(message).not.toContain('_meta');
  });
});

describe('origins (item 6)', () => {
  it('with ALLOWED_ORIGINS empty the deployed function admits no browser origin, loopback included', () => {
    for (const origin of ['http://localhost:6274', 'http://127.0.0.1:3000', 'null', 'NULL']) expect(isOriginAllowed(origin)).toBe(false);
  });
  it('the template parameter, the README parameter table and the variable table say the same', () => {
    const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8').replace(/\s+/g, ' ');
    expect(read('template.yaml')).toContain('Empty: no browser origin is allowed');
    const readme = read('README.md');
    expect(readme).toContain('Empty: no browser origin. Desktop and CLI clients');
    expect(readme).toMatch(/`ALLOWED_ORIGINS` \| empty \| handler \| [^|]*Empty: no browser origin \(the local emulator/);
  });

  it('`*` admits every origin except null, in any casing', () => {
    process.env.ALLOWED_ORIGINS = '*';
    expect(isOriginAllowed('https://claude.ai')).toBe(true);
    expect(isOriginAllowed('NULL')).toBe(false);
    expect(isOriginAllowed('Null')).toBe(false);
  });
});

describe('the lookup cache (item 5)', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i }));

  it('forgetKey (a 401) drops that key’s lists, and the next call loads again', async () => {
    let loads = 0;
    const load = async () => {
      loads += 1;
      return rows(3);
    };
    await cachedLookup('key-a', 'desks', load);
    await cachedLookup('key-a', 'desks', load);
    expect(loads).toBe(1);
    forgetKey('key-a');
    await cachedLookup('key-a', 'desks', load);
    expect(loads).toBe(2);
  });

  it('list names are case-folded: one copy for "Padaria", "padaria" and "PADARIA"', async () => {
    for (const name of ['clients:Padaria', 'clients:padaria', 'clients:PADARIA']) await cachedLookup('key-a', name, async () => rows(5));
    expect(lookupCacheStats()).toMatchObject({ lists: 1, rows: 5 });
  });

  it('bounded in total rows, and expired entries are swept', async () => {
    let t = 0;
    setLookupCacheClock(() => t);
    for (let i = 0; i < 20; i++) await cachedLookup(`key-${i}`, 'clients', async () => rows(10_000));
    await Promise.resolve();
    expect(lookupCacheStats().rows).toBeLessThanOrEqual(MAX_CACHED_ROWS);
    t = 6 * 60 * 1000;
    await cachedLookup('fresh', 'desks', async () => rows(1));
    expect(lookupCacheStats()).toMatchObject({ keys: 1, lists: 1, rows: 1 });
  });

  it('a caller asking for fresher data (search_*/list_*: 60 s) reloads a list name resolution would still use', async () => {
    let t = 0;
    setLookupCacheClock(() => t);
    let loads = 0;
    const load = async () => {
      loads += 1;
      return rows(1);
    };
    await cachedLookup('key-a', 'users', load);
    t = 90_000;
    await cachedLookup('key-a', 'users', load); // 5-minute reader: cached
    expect(loads).toBe(1);
    await cachedLookup('key-a', 'users', load, 60_000); // explicit list: too old
    expect(loads).toBe(2);
  });
});

describe('list-replacing arguments show before → after (item 7)', () => {
  it('names what was removed and added', () => {
    expect(listChangeLine('Followers', ['ana@x.com', 'rui@x.com'], ['ana@x.com', 'bia@x.com'])).toBe(
      'Followers: ana@x.com, rui@x.com → ana@x.com, bia@x.com (removed: rui@x.com; added: bia@x.com)',
    );
  });
});

describe('npm start on a busy port (item 7)', () => {
  it('names the port and how to choose another', () => {
    const busy = Object.assign(new Error('listen EADDRINUSE: address already in use 127.0.0.1:3000'), { code: 'EADDRINUSE', port: 3000 });
    const message = startupProblem(busy, 3000);
    expect(message).toContain('Port 3000 is already in use');
    expect(message).toContain('PORT=3001 npm start');
    expect(message).not.toContain('    at ');
  });
});
