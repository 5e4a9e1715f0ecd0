/** Compact output (x-tiflux-verbosity / ?verbosity=compact): one line per row, paging on one line, same structured content. */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '../../sandbox/server.js';
import { startLocalEndpoint, type LocalEndpoint } from '../../test-lambda-local.js';

let sandbox: SandboxHandle;
let endpoint: LocalEndpoint;
beforeAll(async () => {
  sandbox = await startSandbox();
  process.env.TIFLUX_API_BASE_URL = sandbox.baseUrl;
  endpoint = await startLocalEndpoint();
});
afterAll(async () => {
  await endpoint.close();
  await sandbox.close();
});

async function call(search: string, name: string, args: Record<string, unknown>) {
  const client = new Client({ name: 'verbosity-test', version: '1.0.0' });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`${endpoint.url}${search}`), {
      requestInit: { headers: { 'x-tiflux-api-key': sandbox.keys.admin, 'x-tiflux-toolsets': 'all' } },
    }),
  );
  const result = await client.callTool({ name, arguments: args });
  await client.close();
  return { text: (result.content as { text: string }[])[0]!.text, structured: result.structuredContent };
}

describe('compact verbosity', () => {
  it('lists one line per row with the paging on the heading line, and the same structured content as rich', async () => {
    const args = { desk_name: 'Suporte', limit: 5 };
    const rich = await call('', 'list_tickets', args);
    const compact = await call('?verbosity=compact', 'list_tickets', args);
    const lines = compact.text.split('\n');
    expect(lines).toHaveLength(1 + 5);
    expect(lines[0]).toMatch(/^\d+ open tickets \(desk .*\) — page 1 · 5 of \d+ tickets · next: offset 2$/);
    expect(compact.text).not.toContain('**');
    expect(compact.text).not.toContain('# ');
    expect(rich.text.split('\n').length).toBeGreaterThan(lines.length);
    expect(rich.text).toContain('Next page: call again with the same arguments and offset 2.');
    expect(compact.structured).toEqual(rich.structured);
  });

  it('shortens long rows with a note, and the header works like the query parameter', async () => {
    const compact = await call('?verbosity=compact', 'search_client', { client_name: 'padaria' });
    expect(compact.text.split('\n')[0]).toMatch(/^Clients matching "padaria" — page 1 · 3 of 3 clients$/);
    for (const line of compact.text.split('\n').slice(1)) expect(line.length).toBeLessThanOrEqual(200);
  });

  it.each([
    ['list_clients', {}],
    ['list_desks', {}],
    ['list_equipments', {}],
    ['list_knowledge_folders', {}],
  ])('%s honours it too: heading and paging on one line, one plain line per row', async (name, args) => {
    const rich = await call('', name, args);
    const compact = await call('?verbosity=compact', name, args);
    expect(rich.text.startsWith('# ')).toBe(true);
    const [first, ...rows] = compact.text.split('\n');
    expect(first).toMatch(/ — page 1 · \d+/);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).not.toContain('**');
    expect(compact.structured).toEqual(rich.structured);
  });
});
