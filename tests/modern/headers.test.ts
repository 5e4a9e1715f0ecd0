/** Unit tests for the 2026-07-28 standard-header checks (modern-header-values.ts, modern-headers.ts). */
import { describe, expect, it } from 'vitest';
import { decodeMcpName, headerValue, stripOws } from '../../src/mcp/modern-header-values.js';
import { checkRequiredRequestHeaders, crossCheckMethodHeader, crossCheckVersionHeader } from '../../src/mcp/modern-headers.js';
import type { JsonRpcRequest } from '../../src/mcp/jsonrpc.js';

const b64 = (s: string) => `=?base64?${Buffer.from(s, 'utf8').toString('base64')}?=`;

describe('stripOws / headerValue', () => {
  it('strips spaces and tabs at both ends only', () => {
    expect(stripOws(' \t tools/list\t ')).toBe('tools/list');
    expect(stripOws('a b')).toBe('a b');
    expect(stripOws('\u00a0x')).toBe('\u00a0x'); // not OWS
  });

  it('is undefined for an absent header and empty for an empty one', () => {
    expect(headerValue({}, 'mcp-method')).toBeUndefined();
    expect(headerValue({ 'mcp-method': '  ' }, 'mcp-method')).toBe('');
  });
});

describe('decodeMcpName', () => {
  it('passes a plain value through', () => {
    expect(decodeMcpName('echo')).toEqual({ ok: true, value: 'echo' });
  });

  it('decodes the base64 sentinel, including non-ASCII names', () => {
    expect(decodeMcpName('=?base64?ZWNobw==?=')).toEqual({ ok: true, value: 'echo' });
    expect(decodeMcpName(b64('relatório de chamados'))).toEqual({ ok: true, value: 'relatório de chamados' });
    expect(decodeMcpName(b64('  padded  '))).toEqual({ ok: true, value: '  padded  ' });
  });

  it.each([
    ['non-alphabet characters', '=?base64?@@@?='],
    ['bad characters inside (conformance ServerRejectsInvalidBase64Chars)', '=?base64?SGVs!!!bG8=?='],
    ['missing padding (conformance ServerRejectsInvalidBase64Padding)', '=?base64?SGVsbG8?='],
    ['bytes that are not UTF-8', `=?base64?${Buffer.from([0xff, 0xfe]).toString('base64')}?=`],
  ])('rejects %s', (_label, value) => {
    expect(decodeMcpName(value)).toMatchObject({ ok: false });
  });

  it.each([
    ['=?BASE64?ZWNobw==?='],
    ['=?base64?ZWNobw=='],
    ['ZWNobw=='],
    ['=?base64??'],
  ])('treats %s as a literal (case-sensitive prefix, suffix required)', (value) => {
    expect(decodeMcpName(value)).toEqual({ ok: true, value });
  });
});

describe('crossCheckVersionHeader', () => {
  it('accepts an absent or equal header', () => {
    expect(crossCheckVersionHeader(undefined, '2026-07-28', true)).toEqual({ ok: true });
    expect(crossCheckVersionHeader('v999', 'v999', true)).toEqual({ ok: true });
  });

  it('serves a 2025-* header with a 2026-07-28 claim leniently, with a note, unless strict', () => {
    const lenient = crossCheckVersionHeader('2025-11-25', '2026-07-28', false);
    expect(lenient).toMatchObject({ ok: true, note: expect.stringContaining('2025-11-25') });
    expect(crossCheckVersionHeader('2025-06-18', '2026-07-28', false)).toMatchObject({ ok: true });
    expect(crossCheckVersionHeader('2025-11-25', '2026-07-28', true)).toMatchObject({ ok: false });
  });

  it('never excuses any other disagreement', () => {
    expect(crossCheckVersionHeader('2026-07-28', 'v999.0.0', false)).toMatchObject({ ok: false });
    expect(crossCheckVersionHeader('2025-11-25', 'v999.0.0', false)).toMatchObject({ ok: false });
    expect(crossCheckVersionHeader('2024-11-05', '2026-07-28', false)).toMatchObject({ ok: false });
    expect(crossCheckVersionHeader('2099-01-01', '2026-07-28', false)).toMatchObject({ ok: false });
  });
});

describe('crossCheckMethodHeader', () => {
  it('accepts an absent or equal (after OWS) Mcp-Method; values are case-sensitive', () => {
    expect(crossCheckMethodHeader({}, 'tools/list')).toBeUndefined();
    expect(crossCheckMethodHeader({ 'mcp-method': ' tools/list ' }, 'tools/list')).toBeUndefined();
    expect(crossCheckMethodHeader({ 'mcp-method': 'TOOLS/LIST' }, 'tools/list')).toMatch(/Mcp-Method/);
  });
});

describe('checkRequiredRequestHeaders', () => {
  const request = (method: string, params?: Record<string, unknown>): JsonRpcRequest => ({ jsonrpc: '2.0', id: 1, method, params });
  const base = { 'mcp-protocol-version': '2026-07-28', 'mcp-method': 'tools/call' };

  it('requires MCP-Protocol-Version and Mcp-Method on every request', () => {
    expect(checkRequiredRequestHeaders({ 'mcp-method': 'tools/list' }, request('tools/list'))).toMatch(/MCP-Protocol-Version/);
    expect(checkRequiredRequestHeaders({ 'mcp-protocol-version': '2026-07-28' }, request('tools/list'))).toMatch(/Mcp-Method/);
    expect(checkRequiredRequestHeaders({ ...base, 'mcp-method': 'tools/list' }, request('tools/list'))).toBeUndefined();
  });

  it('treats an empty (or whitespace-only) header as missing', () => {
    expect(checkRequiredRequestHeaders({ ...base, 'mcp-protocol-version': ' ' }, request('tools/call'))).toMatch(/MCP-Protocol-Version/);
    expect(checkRequiredRequestHeaders({ ...base, 'mcp-method': '' }, request('tools/call'))).toMatch(/Mcp-Method/);
  });

  it('requires Mcp-Name to mirror params.name (tools/call, prompts/get) or params.uri (resources/read)', () => {
    expect(checkRequiredRequestHeaders(base, request('tools/call', { name: 'echo' }))).toMatch(/Mcp-Name/);
    expect(checkRequiredRequestHeaders({ ...base, 'mcp-name': 'echo' }, request('tools/call', { name: 'echo' }))).toBeUndefined();
    expect(checkRequiredRequestHeaders({ ...base, 'mcp-name': 'Echo' }, request('tools/call', { name: 'echo' }))).toMatch(/does not match/);
    expect(checkRequiredRequestHeaders({ ...base, 'mcp-name': 'p' }, request('prompts/get', { name: 'p' }))).toBeUndefined();
    expect(checkRequiredRequestHeaders({ ...base, 'mcp-name': 'x://a' }, request('resources/read', { uri: 'x://b' }))).toMatch(/params\.uri/);
    expect(checkRequiredRequestHeaders({ ...base, 'mcp-name': b64('relatório') }, request('tools/call', { name: 'relatório' }))).toBeUndefined();
  });

  it('does not enforce Mcp-Name when the body has no string name, nor on other methods', () => {
    expect(checkRequiredRequestHeaders(base, request('tools/call', {}))).toBeUndefined();
    expect(checkRequiredRequestHeaders(base, request('tools/call', { name: 5 }))).toBeUndefined();
    expect(checkRequiredRequestHeaders({ ...base, 'mcp-name': 'anything' }, request('tools/list', { name: 'x' }))).toBeUndefined();
  });
});
