/**
 * The exchange with the SDK Server always ends with a safe answer: a bug inside a tool is a -32603 without the
 * thrown text, and a tool that never settles is cut off before the Lambda deadline instead of hanging the invocation.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/tools/catalog.js', () => ({
  toolCatalog: {
    listTools: () => [
      { name: 'boom', description: 'always crashes', inputSchema: { type: 'object' } },
      { name: 'stuck', description: 'never answers', inputSchema: { type: 'object' } },
    ],
    toolFor: (name: string) =>
      name === 'boom' || name === 'stuck'
        ? { tool: { name, toolset: 'tickets', annotations: { readOnlyHint: true } } }
        : { refusal: `Unknown tool: ${name}` },
    run: async (tool: { name: string }) => {
      if (tool.name === 'stuck') return new Promise(() => {});
      throw new Error('secret-internal-detail at /var/task/handler.js:1');
    },
  },
}));

const { handler } = await import('../../src/handler.js');

function call(name: string, apiKey: string, remainingMs = 30_000) {
  const deadline = Date.now() + remainingMs;
  return handler(
    {
      version: '2.0',
      rawPath: '/mcp',
      headers: { 'content-type': 'application/json', 'x-tiflux-api-key': apiKey },
      requestContext: { http: { method: 'POST' } },
      body: JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name, arguments: {} } }),
    },
    { getRemainingTimeInMillis: () => deadline - Date.now() } as never,
  );
}

describe('exchange safety', () => {
  it('answers a crashing tool with 200 and -32603 without the thrown text', async () => {
    const res = await call('boom', 'k');
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body as string)).toMatchObject({ jsonrpc: '2.0', id: 3, error: { code: -32603 } });
    expect(res.body).not.toContain('secret-internal-detail');
  });

  it('cuts off a tool that never settles before the invocation runs out of time', async () => {
    const started = Date.now();
    const res = await call('stuck', 'k', 1_500);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(1_500);
    expect(JSON.parse(res.body as string)).toMatchObject({ id: 3, error: { code: -32603, message: expect.stringContaining('timeout') } });
  });
});

describe('API key shape', () => {
  it.each([
    ['too long', 'k'.repeat(600)],
    ['with a space', 'abc def'],
    ['an unreplaced variable', '${TIFLUX_API_KEY} x'],
    ['non-ASCII', 'chave-ç'],
  ])('a key %s is a tool error naming the header, and no tool runs', async (_label, key) => {
    const res = await call('boom', key);
    const body = JSON.parse(res.body as string);
    expect(body.result.isError).toBe(true);
    expect(body.result.content[0].text).toContain('x-tiflux-api-key');
    expect(res.body).not.toContain(key.slice(0, 40));
  });
});
