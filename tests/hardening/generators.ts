/**
 * Generated hostile inputs (issue 6): random JSON values, mutated MCP messages, header sets and paths. Everything
 * comes from a seeded PRNG (support.ts), so a failing case can be regenerated from its seed and index.
 */
import type { Rng } from './support.js';

export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Strings that have broken parsers, loggers and header code somewhere. */
const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  'a\ud83d', // truncated pair
  '\u2028\u2029',
  '\r\nX-Injected: 1',
  '\u202e\u0644\u0627', // RTL override + Arabic
  '😀'.repeat(50),
  'é\u0301',
  '../../../etc/passwd',
  '1/../../users',
  '%00',
  '${jndi:ldap://x}',
  '<script>alert(1)</script>',
  '{"jsonrpc":"2.0"}',
  'null',
  '__proto__',
  'x'.repeat(5000),
  '84429',
  '-1',
  '1e3',
  '0x10',
];

const NUMBERS = [0, -0, 1, -1, 1.5, 2 ** 53, 2 ** 53 + 2, -(2 ** 63), 1e308, 5e-324, 84429, 4294967296];

export function randomString(rng: Rng): string {
  if (rng.chance(0.5)) return rng.pick(NASTY_STRINGS);
  const length = rng.int(24);
  let s = '';
  for (let i = 0; i < length; i++) {
    const r = rng.next();
    // Mostly ASCII, some BMP, some astral, some surrogate halves.
    if (r < 0.7) s += String.fromCharCode(32 + rng.int(95));
    else if (r < 0.85) s += String.fromCharCode(0x80 + rng.int(0xd000));
    else if (r < 0.95) s += String.fromCodePoint(0x10000 + rng.int(0xfffff));
    else s += String.fromCharCode(0xd800 + rng.int(0x800));
  }
  return s;
}

export function randomValue(rng: Rng, depth = 0): unknown {
  const r = rng.next();
  if (depth > 3 || r < 0.25) return rng.pick<unknown>([null, true, false]);
  if (r < 0.45) return rng.pick(NUMBERS);
  if (r < 0.7) return randomString(rng);
  if (r < 0.85) return Array.from({ length: rng.int(4) }, () => randomValue(rng, depth + 1));
  const obj: Record<string, unknown> = {};
  const n = rng.int(4);
  for (let i = 0; i < n; i++) {
    const key = rng.chance(0.15) ? rng.pick(POLLUTION_KEYS) : randomString(rng);
    defineOwn(obj, key, randomValue(rng, depth + 1));
  }
  return obj;
}

/** Sets an own property even for `__proto__` (plain assignment would change the prototype instead). */
export function defineOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

export const LEGACY_VERSIONS = ['2025-11-25', '2025-06-18', '2025-03-26', '2024-11-05', '2024-10-07'];
export const MODERN_VERSION = '2026-07-28';

function envelope(extra: Record<string, unknown> = {}) {
  return {
    'io.modelcontextprotocol/protocolVersion': MODERN_VERSION,
    'io.modelcontextprotocol/clientCapabilities': {},
    'io.modelcontextprotocol/clientInfo': { name: 'hostile', version: '1' },
    ...extra,
  };
}

/** Well-formed messages of every kind the server knows, as starting points for mutation. */
export function templates(toolNames: readonly string[]): (() => Record<string, unknown>)[] {
  const tool = () => toolNames[0] ?? 'get_ticket';
  return [
    () => ({ jsonrpc: '2.0', id: 1, method: 'ping' }),
    () => ({ jsonrpc: '2.0', id: 'a', method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'h', version: '1' } } }),
    () => ({ jsonrpc: '2.0', id: 2, method: 'tools/list' }),
    () => ({ jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: tool(), arguments: { ticket_number: '84429' } } }),
    () => ({ jsonrpc: '2.0', id: 4, method: 'logging/setLevel', params: { level: 'info' } }),
    () => ({ jsonrpc: '2.0', method: 'notifications/initialized' }),
    () => ({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 1, reason: 'x' } }),
    () => ({ jsonrpc: '2.0', id: 5, result: {} }),
    () => ({ jsonrpc: '2.0', id: 6, error: { code: -1, message: 'x' } }),
    () => ({ jsonrpc: '2.0', id: 7, method: 'server/discover', params: { _meta: envelope() } }),
    () => ({ jsonrpc: '2.0', id: 8, method: 'tools/list', params: { _meta: envelope() } }),
    () => ({ jsonrpc: '2.0', id: 9, method: 'tools/call', params: { name: tool(), arguments: { ticket_number: 84429 }, _meta: envelope() } }),
  ];
}

type Json = Record<string, unknown>;

/** Every object inside `root` (itself included), to pick a place to mutate. */
function objectsIn(root: unknown, out: Json[] = [], depth = 0): Json[] {
  if (depth > 6 || root === null || typeof root !== 'object') return out;
  if (!Array.isArray(root)) out.push(root as Json);
  for (const value of Object.values(root)) objectsIn(value, out, depth + 1);
  return out;
}

const ID_VARIANTS: unknown[] = [null, 1.5, -1, 0, 2 ** 53, '', 'x'.repeat(2000), {}, [], true, '\ud800'];
const METHOD_VARIANTS = ['', ' ping', 'PING', 'tools/call ', 'rpc.discover', 'notifications/initialized', '\ud800', 'x'.repeat(3000), 'tools/list\u0000', 'initialize', 'server/discover'];
const JSONRPC_VARIANTS: unknown[] = ['1.0', 2, 2.0, '2.0 ', null, undefined];

export function mutate(rng: Rng, message: Json): Json {
  const steps = 1 + rng.int(3);
  for (let i = 0; i < steps; i++) {
    const targets = objectsIn(message);
    const target = rng.pick(targets);
    const keys = Object.keys(target);
    const r = rng.next();
    if (r < 0.15) message.id = rng.pick(ID_VARIANTS);
    else if (r < 0.28) message.method = rng.pick(METHOD_VARIANTS);
    else if (r < 0.34) {
      const v = rng.pick(JSONRPC_VARIANTS);
      if (v === undefined) delete message.jsonrpc;
      else message.jsonrpc = v;
    } else if (r < 0.5 && keys.length > 0) delete target[rng.pick(keys)];
    else if (r < 0.7 && keys.length > 0) target[rng.pick(keys)] = randomValue(rng);
    else if (r < 0.85) defineOwn(target, rng.pick(POLLUTION_KEYS), randomValue(rng));
    else defineOwn(target, randomString(rng), randomValue(rng));
  }
  return message;
}

/** A body as text: a mutated message, a batch, random JSON, or broken JSON. */
export function randomBodyText(rng: Rng, toolNames: readonly string[]): string {
  const t = templates(toolNames);
  const r = rng.next();
  let text: string;
  if (r < 0.45) text = JSON.stringify(mutate(rng, rng.pick(t)()));
  else if (r < 0.55) text = JSON.stringify(rng.pick(t)());
  else if (r < 0.68) text = JSON.stringify(Array.from({ length: rng.int(5) }, () => (rng.chance(0.6) ? mutate(rng, rng.pick(t)()) : rng.pick(t)())));
  else if (r < 0.8) text = JSON.stringify(randomValue(rng)) ?? 'null';
  else text = JSON.stringify(rng.pick(t)());
  // Syntactic damage on part of them.
  const d = rng.next();
  if (d < 0.08) text = text.slice(0, rng.int(text.length));
  else if (d < 0.12) text = text.replace(/"id":/, '"id":2,"id":'); // duplicate key
  else if (d < 0.16) text += rng.pick(['}', ']', ' x', '\u0000', ',']);
  else if (d < 0.2) {
    const at = rng.int(text.length + 1);
    text = text.slice(0, at) + rng.pick(['"', '\\', '{', '\u0000', '\ud800', ',', '\\u12']) + text.slice(at);
  } else if (d < 0.22) text = `\ufeff${text}`; // BOM
  else if (d < 0.24) text = ` \t\r\n${text}\n`;
  return text;
}

/** Raw body bytes that are not valid UTF-8 (or are, with content JSON.parse chokes on). */
export function randomBadUtf8(rng: Rng): Buffer {
  const valid = Buffer.from('{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get_ticket","arguments":{"ticket_number":"X"}}}');
  const insert = rng.pick([
    Buffer.from([0xff]),
    Buffer.from([0xc0, 0xaf]), // overlong '/'
    Buffer.from([0xed, 0xa0, 0x80]), // UTF-8-encoded lone surrogate (CESU/WTF-8)
    Buffer.from([0xe2, 0x82]), // truncated sequence
    Buffer.from([0x80, 0x80, 0x80]), // bare continuation bytes
    Buffer.from([0xf4, 0x90, 0x80, 0x80]), // above U+10FFFF
    Buffer.from([0xfe, 0xff]),
    Buffer.from([0x00]),
  ]);
  const where = valid.indexOf('X');
  const r = rng.next();
  if (r < 0.5) return Buffer.concat([valid.subarray(0, where), insert, valid.subarray(where + 1)]); // inside a string
  if (r < 0.75) return Buffer.concat([insert, valid]); // before the JSON
  const at = rng.int(valid.length);
  return Buffer.concat([valid.subarray(0, at), insert, valid.subarray(at)]); // anywhere
}

export const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON;CHARSET=UTF-8',
  'application/json;charset=latin1',
  'application/json, text/plain',
  'application/json-patch+json',
  'application/jsonx',
  'text/plain',
  'text/json',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  '',
  ';;;',
  ' application/json ',
  '*/*',
];

export const ACCEPTS = [
  'application/json, text/event-stream',
  'application/json',
  'text/event-stream',
  '*/*',
  'application/*',
  'application/json;q=0',
  'application/json;q=0.0, text/event-stream',
  'text/html',
  '',
  ',,,',
  'application/json;q=abc',
  'x'.repeat(4000),
];

export const PROTOCOL_VERSION_VALUES = [
  ...LEGACY_VERSIONS,
  MODERN_VERSION,
  '2099-12-31', // future
  '2000-01-01', // past
  '2025-06-18, 2025-06-18', // a repeated header, joined
  '2025-06-18,2026-07-28',
  ' 2025-06-18 ',
  '2025-6-18',
  'latest',
  'v999.0.0',
  '',
  '\u0000',
  'x'.repeat(2000),
  '2026-07-28\u0000',
  '2025-11-25\t',
];

export const ORIGINS = [
  'null',
  'http://localhost:3000',
  'http://127.0.0.1',
  'http://[::1]:8080',
  'https://evil.example',
  'http://localhost.evil.example',
  'http://localhost:99999',
  'http://localhost:3000/',
  'file://',
  '',
  'HTTP://LOCALHOST',
  'http://localhost:3000, https://evil.example',
];

export const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'MKCOL', 'SEARCH', 'QUERY', 'FOO', 'post', 'Post'];

export const PATHS = [
  '/mcp',
  '/mcp/',
  '/',
  '/health',
  '/health/',
  '//mcp',
  '/mcp//',
  '/MCP',
  '/mcp?x=1&y=%00',
  '/mcp/../mcp',
  '/%2e%2e/mcp',
  '/mcp%00',
  '/mcp/extra',
  '/.well-known/oauth-authorization-server',
  '/.well-known/oauth-protected-resource/mcp',
  '/register',
  '/health/x',
  `/${'a'.repeat(4000)}`,
  '/%F0%9F%98%80',
  '/%ED%A0%80', // encoded lone surrogate
  '/mcp;jsessionid=1',
  '/mcp#frag',
];
