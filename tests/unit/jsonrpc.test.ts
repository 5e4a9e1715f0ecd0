import { describe, expect, it } from 'vitest';
import { classifyMessage, isValidId } from '../../src/mcp/jsonrpc.js';
import { acceptsJson, isJsonContentType } from '../../src/http/accept.js';
import { checkRequest } from '../../src/mcp/request-checks.js';

describe('classifyMessage', () => {
  it('tells requests, notifications and responses apart', () => {
    expect(classifyMessage({ jsonrpc: '2.0', id: 0, method: 'ping' }).kind).toBe('request');
    expect(classifyMessage({ jsonrpc: '2.0', id: 'x', method: 'ping' }).kind).toBe('request');
    expect(classifyMessage({ jsonrpc: '2.0', method: 'notifications/initialized' }).kind).toBe('notification');
    expect(classifyMessage({ jsonrpc: '2.0', id: 'x', result: {} }).kind).toBe('response');
    expect(classifyMessage({ jsonrpc: '2.0', id: 1, error: { code: 1, message: 'm' } }).kind).toBe('response');
  });

  it.each([
    [{ foo: 1 }],
    [{ jsonrpc: '1.0', id: 1, method: 'ping' }],
    [{ jsonrpc: '2.0', id: null, method: 'ping' }],
    [{ jsonrpc: '2.0', id: 1.5, method: 'ping' }],
    [{ jsonrpc: '2.0', id: {}, method: 'ping' }],
    [{ jsonrpc: '2.0', id: 1, method: 7 }],
    [{ jsonrpc: '2.0', id: 1, method: 'ping', params: [1, 2] }],
    [{ jsonrpc: '2.0', id: 1, result: {}, error: { code: 1, message: 'm' } }],
    [42],
    ['text'],
    [null],
  ])('marks %j as invalid', (value) => {
    expect(classifyMessage(value).kind).toBe('invalid');
  });

  it('accepts only strings and safe integers as ids', () => {
    expect([0, -1, 'a', ''].every(isValidId)).toBe(true);
    expect([null, 1.5, NaN, {}, [], true, 2 ** 60].some(isValidId)).toBe(false);
  });
});

describe('Accept and Content-Type policy', () => {
  it('accepts JSON unless the Accept header leaves it out', () => {
    for (const ok of [undefined, '', '*/*', 'application/json', 'application/*', 'application/json, text/event-stream', 'text/html;q=0.9, */*;q=0.1']) {
      expect(acceptsJson(ok), String(ok)).toBe(true);
    }
    for (const bad of ['text/event-stream', 'text/html', 'application/json;q=0', 'application/xml']) {
      expect(acceptsJson(bad), bad).toBe(false);
    }
  });

  it('needs the application/json media type, parameters allowed', () => {
    expect(isJsonContentType('application/json')).toBe(true);
    expect(isJsonContentType('Application/JSON; charset=utf-8')).toBe(true);
    expect(isJsonContentType('text/plain')).toBe(false);
    expect(isJsonContentType('application/json-patch+json')).toBe(false);
    expect(isJsonContentType(undefined)).toBe(false);
  });
});

describe('checkRequest', () => {
  const req = (method: string, params?: Record<string, unknown>) => ({ jsonrpc: '2.0' as const, id: 1, method, params });

  it('reports unusable params of protocol methods as -32602 with the same id', () => {
    for (const bad of [
      req('initialize'),
      req('initialize', { protocolVersion: 1, capabilities: {}, clientInfo: { name: 'a', version: '1' } }),
      req('initialize', { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'a' } }),
      req('logging/setLevel', { level: 'loud' }),
      req('tools/list', { cursor: 'bogus' }),
      req('tools/call', {}),
      req('tools/call', { name: 'x', arguments: [] }),
    ]) {
      expect(checkRequest(bad), JSON.stringify(bad)).toMatchObject({ refused: { id: 1, error: { code: -32602 } } });
    }
  });

  it('lets valid params through', () => {
    for (const good of [
      req('initialize', { protocolVersion: 'x', capabilities: {}, clientInfo: { name: 'a', version: '1' } }),
      req('logging/setLevel', { level: 'debug' }),
      req('tools/list'),
      req('tools/call', { name: 'x' }),
      req('anything/else', { whatever: 1 }),
    ]) {
      expect(checkRequest(good), JSON.stringify(good)).toHaveProperty('ok');
    }
  });

  it('refuses what the SDK schemas refuse, from those schemas, and hands on only the four JSON-RPC members', () => {
    // The Server would drop this one without answering (its base schema fails): it must be refused here.
    expect(checkRequest(req('tools/list', { _meta: 5 as unknown as Record<string, unknown> }))).toMatchObject({
      refused: { id: 1, error: { code: -32602, message: expect.stringContaining('_meta') } },
    });
    const extra = { ...req('tools/call', { name: 'x' }), stray: 1 } as unknown as Parameters<typeof checkRequest>[0];
    expect(checkRequest(extra)).toEqual({ ok: { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'x' } } });
  });
});
