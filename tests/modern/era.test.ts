/**
 * Unit tests for classifyEra (src/mcp/era.ts): the order of docs/protocol.md#telling-the-eras-apart steps 4–8 and docs/design-choices.md#protocol-versions.
 * The HTTP-level outcomes are in the table tests; this pins the decisions themselves.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { classifyEra } from '../../src/mcp/era.js';

const PV = 'io.modelcontextprotocol/protocolVersion';
const E = { [PV]: '2026-07-28', 'io.modelcontextprotocol/clientCapabilities': {} };
const req = (method: string, params?: Record<string, unknown>, id: number | string = 1) => ({ jsonrpc: '2.0', id, method, ...(params ? { params } : {}) });
const note = (method: string, params?: Record<string, unknown>) => ({ jsonrpc: '2.0', method, ...(params ? { params } : {}) });
const headers = (version?: string, method?: string) => ({
  ...(version === undefined ? {} : { 'mcp-protocol-version': version }),
  ...(method === undefined ? {} : { 'mcp-method': method }),
});

afterEach(() => {
  delete process.env.MCP_STRICT_HEADERS;
});

function rejection(decision: ReturnType<typeof classifyEra>) {
  if (decision.era !== 'rejected') throw new Error(`expected a rejection, got ${decision.era}`);
  return decision.rejection;
}

describe('body first: the claim decides, the header only cross-checks', () => {
  it('a claim-bearing request is modern with or without a header', () => {
    expect(classifyEra(req('tools/list', { _meta: E }), headers('2026-07-28', 'tools/list'))).toMatchObject({ era: 'modern', claim: '2026-07-28' });
    expect(classifyEra(req('tools/list', { _meta: E }), headers())).toMatchObject({ era: 'modern', claim: '2026-07-28' });
  });

  it('an unserved claim is still modern here (the modern route answers -32022)', () => {
    const v = { ...E, [PV]: '2025-11-25' };
    expect(classifyEra(req('tools/list', { _meta: v }), headers('2025-11-25'))).toMatchObject({ era: 'modern', claim: '2025-11-25' });
  });

  it('envelope (-32602) → version header (-32020) → Mcp-Method (-32020), in that order', () => {
    const broken = { [PV]: 'v999' };
    expect(rejection(classifyEra(req('tools/list', { _meta: broken }), headers('2026-07-28', 'x')))).toMatchObject({ status: 400, code: -32602, id: 1 });
    expect(rejection(classifyEra(req('tools/list', { _meta: { ...E, [PV]: 'v999' } }), headers('2026-07-28', 'x')))).toMatchObject({ code: -32020 });
    expect(rejection(classifyEra(req('tools/list', { _meta: E }), headers('2026-07-28', 'x')))).toMatchObject({ code: -32020, id: 1 });
  });

  it('accepts the bare version-header string (the original signature)', () => {
    expect(classifyEra(req('ping'), headers('2025-06-18'))).toMatchObject({ era: 'legacy-single', version: '2025-06-18' });
    expect(classifyEra(req('ping'), headers())).toMatchObject({ era: 'legacy-single', version: '2025-03-26' });
  });
});

describe('the Claude connector case (docs/design-choices.md#protocol-versions)', () => {
  it('2025-11-25 header + 2026-07-28 claim → modern with a note by default', () => {
    const decision = classifyEra(req('tools/list', { _meta: E }), headers('2025-11-25', 'tools/list'));
    expect(decision).toMatchObject({ era: 'modern', claim: '2026-07-28', note: expect.stringContaining('2025-11-25') });
  });

  it('→ 400 -32020 with MCP_STRICT_HEADERS=true', () => {
    process.env.MCP_STRICT_HEADERS = 'true';
    expect(rejection(classifyEra(req('tools/list', { _meta: E }), headers('2025-11-25')))).toMatchObject({ status: 400, code: -32020 });
  });
});

describe('initialize', () => {
  it('without a modern claim: legacy handshake, header unchecked unless it is a 2026 one', () => {
    expect(classifyEra(req('initialize', { protocolVersion: '2025-11-25' }), headers('1999-01-01'))).toMatchObject({ era: 'legacy-single' });
    expect(rejection(classifyEra(req('initialize', { protocolVersion: '2025-11-25' }), headers('2026-07-28')))).toMatchObject({ code: -32020, id: 1 });
  });

  it('with a valid 2026 claim: modern (where it is a removed method)', () => {
    expect(classifyEra(req('initialize', { _meta: E }), headers('2026-07-28', 'initialize'))).toMatchObject({ era: 'modern' });
  });
});

describe('no claim', () => {
  it('a 2026-or-later header on a request → 400 -32602 naming the missing envelope', () => {
    expect(rejection(classifyEra(req('tools/list'), headers('2099-01-01')))).toMatchObject({
      status: 400,
      code: -32602,
      id: 1,
      data: { envelope: { missing: ['_meta'] } },
    });
  });

  it('an unsupported pre-2026 header → 400 -32000, id null (legacy rule)', () => {
    expect(rejection(classifyEra(req('ping'), headers('1999-01-01')))).toMatchObject({ status: 400, code: -32000, id: null });
  });

  it('a notification under a 2026 header → modern (202); its Mcp-Method must still match', () => {
    expect(classifyEra(note('notifications/initialized'), headers('2026-07-28'))).toMatchObject({ era: 'modern', claim: undefined });
    expect(rejection(classifyEra(note('notifications/initialized'), headers('2026-07-28', 'x')))).toMatchObject({ code: -32020, id: null });
  });

  it('a claim-bearing notification with a malformed claim → 400 -32602, id null', () => {
    expect(rejection(classifyEra(note('notifications/cancelled', { _meta: { [PV]: 5 } }), headers()))).toMatchObject({ code: -32602, id: null });
  });
});

describe('batches', () => {
  it('any enveloped element → 400 -32600', () => {
    expect(rejection(classifyEra([req('tools/list', { _meta: E })], headers()))).toMatchObject({ status: 400, code: -32600, id: null });
  });

  it('a legacy batch under 2025-03-26 stays a legacy batch', () => {
    expect(classifyEra([req('ping'), req('tools/list', undefined, 2)], headers())).toMatchObject({ era: 'legacy-batch', version: '2025-03-26' });
  });
});
