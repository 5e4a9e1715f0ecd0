/**
 * Row 15 of docs/protocol.md#test-table-2026-07-28, as docs/design-choices.md#protocol-versions settles it: Claude's connector sends `MCP-Protocol-Version:
 * 2025-11-25` with 2026-07-28 bodies (anthropics/claude-code#93290). The spec's strict answer (400 -32020) would
 * fail every tool call from Claude, so by default the request is served as 2026-07-28 and the log line is a warning;
 * MCP_STRICT_HEADERS=true restores the strict answer.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { send } from '../helpers/http.js';
import { E, envelope, expectErr, expectOk, MH, R, useEndpoint } from './wire.js';

vi.mock('../../src/tools/catalog.js', async () => ({ toolCatalog: (await import('./fixture-catalog.js')).fixtureCatalog }));

const endpoint = useEndpoint();
const claudeHeaders = (method: string, name?: string) => ({ ...MH(method, name), 'mcp-protocol-version': '2025-11-25' });
const post = (body: unknown, headers: Record<string, string>) => send(endpoint.url(), { body, headers });

afterEach(() => {
  delete process.env.MCP_STRICT_HEADERS;
  process.env.LOG_LEVEL = 'silent';
  vi.restoreAllMocks();
});

/** Runs `act` with request logging on and returns the request log lines it wrote. */
async function captureRequestLog(act: () => Promise<void>): Promise<Array<Record<string, unknown>>> {
  delete process.env.LOG_LEVEL;
  const lines: string[] = [];
  const original = process.stdout.write.bind(process.stdout);
  vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = String(chunk);
    if (text.includes('"msg":"request"')) lines.push(text);
    else return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
    return true;
  }) as typeof process.stdout.write);
  await act();
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('a 2025-* header with a 2026-07-28 body (the Claude connector)', () => {
  it('is served as 2026-07-28 by default: discover, tools/list and tools/call all succeed', async () => {
    expectOk(await post(R(1, 'server/discover', { _meta: E }), claudeHeaders('server/discover')), 1);
    expectOk(await post(R(2, 'tools/list', { _meta: E }), claudeHeaders('tools/list')), 2);
    const call = expectOk(await post(R(3, 'tools/call', { _meta: E, name: 'echo', arguments: { text: 'hi' } }), claudeHeaders('tools/call', 'echo')), 3);
    expect(call.content).toEqual([{ type: 'text', text: 'hi' }]);
  });

  it('is logged as a warning naming both versions', async () => {
    const lines = await captureRequestLog(async () => {
      expectOk(await post(R(2, 'tools/list', { _meta: E }), claudeHeaders('tools/list')), 2);
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'warn', era: 'modern', protocolVersion: '2026-07-28', method: 'tools/list' });
    expect(lines[0]!.note).toMatch(/2025-11-25.*2026-07-28/);
  });

  it('a matching 2026 header logs no warning', async () => {
    const lines = await captureRequestLog(async () => {
      expectOk(await post(R(2, 'tools/list', { _meta: E }), MH('tools/list')), 2);
    });
    expect(lines[0]).toMatchObject({ level: 'info', era: 'modern' });
    expect(lines[0]).not.toHaveProperty('note');
  });

  it('MCP_STRICT_HEADERS=true answers 400 -32020 instead (the spec’s MUST)', async () => {
    process.env.MCP_STRICT_HEADERS = 'true';
    expectErr(await post(R(2, 'tools/list', { _meta: E }), claudeHeaders('tools/list')), 400, -32020, 2);
  });

  it('only that combination is lenient: a 2024 header, or a 2025 header with an unserved claim, stays a mismatch', async () => {
    expectErr(await post(R(2, 'tools/list', { _meta: E }), { ...MH('tools/list'), 'mcp-protocol-version': '2024-11-05' }), 400, -32020, 2);
    const v999 = { _meta: envelope({ 'io.modelcontextprotocol/protocolVersion': 'v999.0.0' }) };
    expectErr(await post(R(2, 'tools/list', v999), claudeHeaders('tools/list')), 400, -32020, 2);
  });
});
