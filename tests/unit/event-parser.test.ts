import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractApiKey, parseEvent } from '../../src/http/event-parser.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/events/${name}`, import.meta.url), 'utf8'));

describe('EventParser', () => {
  it('reads a Function URL event with a base64 body', () => {
    const req = parseEvent(fixture('function-url-initialize.json'));
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/mcp');
    expect(JSON.parse(req.body).method).toBe('initialize');
    expect(req.bodyBytes).toBe(Buffer.byteLength(req.body));
    expect(req.apiKey).toBe('fixture-key-0001');
    expect(req.requestId).toBe('6f1c1e0a-1b2c-4d3e-8f90-0123456789ab');
  });

  it('reads an HTTP API payload 2.0 event: header names lower-cased, Bearer key, cookies kept', () => {
    const req = parseEvent(fixture('http-api-v2-tools-list.json'));
    expect(req.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(req.headers['mcp-protocol-version']).toBe('2025-06-18');
    expect(req.headers.cookie).toBe('session=abc');
    expect(req.apiKey).toBe('fixture-key-0002');
    expect(JSON.parse(req.body).id).toBe('list-1');
  });

  it('reads a REST API payload 1.0 event, preferring the complete multi-value headers', () => {
    const req = parseEvent(fixture('rest-v1-ping.json'));
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/mcp');
    expect(req.headers['x-custom']).toBe('first, second');
    expect(req.apiKey).toBe('fixture-key-0003');
    expect(req.requestId).toBe('c6af9ac6-7b61-11e6-9a41-93e8deadbeef');
  });

  it('strips a query string from the path and treats a missing body as empty', () => {
    const req = parseEvent({ version: '2.0', rawPath: '/health?x=1', requestContext: { http: { method: 'get' } } });
    expect(req).toMatchObject({ method: 'GET', path: '/health', body: '', bodyBytes: 0 });
  });

  it('never throws on an unrecognisable event', () => {
    for (const junk of [null, undefined, 42, 'x', [], { headers: 'nope' }]) {
      expect(() => parseEvent(junk)).not.toThrow();
    }
  });

  it('counts bytes of the decoded body, not characters', () => {
    const req = parseEvent({ httpMethod: 'POST', path: '/mcp', body: 'çã', isBase64Encoded: false });
    expect(req.bodyBytes).toBe(4);
  });
});

describe('extractApiKey', () => {
  it('prefers x-tiflux-api-key, then x-api-key, then Authorization: Bearer', () => {
    expect(extractApiKey({ 'x-tiflux-api-key': 'a', 'x-api-key': 'b', authorization: 'Bearer c' })).toBe('a');
    expect(extractApiKey({ 'x-api-key': 'b', authorization: 'Bearer c' })).toBe('b');
    expect(extractApiKey({ authorization: 'bearer   c ' })).toBe('c');
  });

  it('ignores blank headers and non-Bearer authorization', () => {
    expect(extractApiKey({ 'x-tiflux-api-key': '  ', authorization: 'Basic dXNlcjpwYXNz' })).toBeUndefined();
    expect(extractApiKey({})).toBeUndefined();
  });
});
