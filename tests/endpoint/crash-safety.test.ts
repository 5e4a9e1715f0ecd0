/** A bug inside a tool must reach the client as a safe -32603, never as the thrown message or a 5xx. */
import { expect, it, vi } from 'vitest';

vi.mock('../../src/tools/catalog.js', () => ({
  toolCatalog: {
    listTools: () => [{ name: 'boom', description: 'always crashes', inputSchema: { type: 'object' } }],
    hasTool: (name: string) => name === 'boom',
    callTool: async () => {
      throw new Error('secret-internal-detail at /var/task/handler.js:1');
    },
  },
}));

const { handler } = await import('../../src/handler.js');

it('answers a crashing tool with 200 and -32603 without the thrown text', async () => {
  const res = await handler(
    {
      version: '2.0',
      rawPath: '/mcp',
      headers: { 'content-type': 'application/json', 'x-tiflux-api-key': 'k' },
      requestContext: { http: { method: 'POST' } },
      body: JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'boom', arguments: {} } }),
    },
    {} as never,
  );
  expect(res.statusCode).toBe(200);
  const body = JSON.parse(res.body as string);
  expect(body).toMatchObject({ jsonrpc: '2.0', id: 3, error: { code: -32603 } });
  expect(res.body).not.toContain('secret-internal-detail');
});
