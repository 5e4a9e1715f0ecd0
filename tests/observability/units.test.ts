/** Pure pieces of the logging: outcome derivation, secret redaction, level parsing, line levels. */
import { describe, expect, it } from 'vitest';
import { isLogEnabled, logLevelSetting } from '../../src/observability/log-level.js';
import { errorDetails, logError } from '../../src/observability/logger.js';
import { deriveOutcome } from '../../src/observability/outcome.js';
import { redactSecrets } from '../../src/observability/redact.js';
import { requestLogLevel } from '../../src/observability/request-log.js';
import { captureOutput } from './capture.js';

describe('deriveOutcome', () => {
  const body = (value: unknown) => JSON.stringify(value);

  it.each([
    ['a plain result', 200, body({ jsonrpc: '2.0', id: 1, result: {} }), 'ok'],
    ['an empty 202', 202, '', 'ok'],
    ['a tool result with isError: true', 200, body({ jsonrpc: '2.0', id: 1, result: { isError: true, content: [] } }), 'tool_error'],
    ['a tool result with isError: false', 200, body({ jsonrpc: '2.0', id: 1, result: { isError: false, content: [] } }), 'ok'],
    ['a JSON-RPC error', 200, body({ jsonrpc: '2.0', id: 1, error: { code: -32601, message: 'x' } }), 'jsonrpc_error:-32601'],
    ['an HTTP error with a JSON-RPC body', 400, body({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'x' } }), 'http_400'],
    ['a 500', 500, '', 'http_500'],
    ['a batch whose second element failed', 200, body([{ jsonrpc: '2.0', id: 1, result: {} }, { jsonrpc: '2.0', id: 2, error: { code: -32600, message: 'x' } }]), 'jsonrpc_error:-32600'],
    // Text that merely mentions the words, inside a result string, is not an error.
    ['a result whose text mentions "isError": true', 200, body({ jsonrpc: '2.0', id: 1, result: { content: [{ type: 'text', text: '"isError":true "error":1' }] } }), 'ok'],
    ['a result whose data has an error field', 200, body({ jsonrpc: '2.0', id: 1, result: { structuredContent: { error: 'none' } } }), 'ok'],
    ['a non-JSON 200 body', 200, 'not json "error"', 'ok'],
  ])('%s → its outcome', (_label, status, text, expected) => {
    expect(deriveOutcome(status, text)).toBe(expected);
  });
});

describe('deriveOutcome on result-first bodies (how the SDK serialises a response)', () => {
  const toolError = '{"result":{"content":[{"type":"text","text":"no"}],"isError":true},"jsonrpc":"2.0","id":1}';
  it('reads isError for tools/call', () => {
    expect(deriveOutcome(200, toolError, 'tools/call')).toBe('tool_error');
  });
  it('does not scan the result of other methods (a 40 KiB tools/list costs nothing)', () => {
    expect(deriveOutcome(200, toolError, 'tools/list')).toBe('ok');
    expect(deriveOutcome(200, `{"result":{"tools":[${'{"name":"x"},'.repeat(4000)}{}]},"jsonrpc":"2.0","id":1}`, 'tools/list')).toBe('ok');
  });
});

describe('redactSecrets', () => {
  it('removes the given key wherever it appears', () => {
    expect(redactSecrets('key=abc123XYZ and again abc123XYZ', 'abc123XYZ')).toBe('key=[redacted] and again [redacted]');
  });

  it.each([
    ['Authorization: Bearer sk-live-123456', 'Authorization: [redacted]'],
    ['{"x-tiflux-api-key":"s3cr3t-value"}', '{"x-tiflux-api-key":"[redacted]"}'],
    ['x-api-key=s3cr3t-value; next', 'x-api-key=[redacted]; next'],
    ['sent bearer abcdef123456 upstream', 'sent Bearer [redacted] upstream'],
  ])('removes credential-shaped text: %s', (text, expected) => {
    expect(redactSecrets(text)).toBe(expected);
  });

  it('leaves ordinary text alone', () => {
    expect(redactSecrets('Request failed with status code 401')).toBe('Request failed with status code 401');
  });
});

describe('errorDetails', () => {
  it('keeps class, message, stack and cause, redacted', () => {
    const error = new Error('failed with key K-123456', { cause: new RangeError('inner K-123456') });
    const details = errorDetails(error, 'K-123456');
    expect(details).toMatchObject({ errorName: 'Error', errorMessage: 'failed with key [redacted]', cause: 'RangeError: inner [redacted]' });
    expect(details.stack).not.toContain('K-123456');
  });

  it('describes a thrown non-Error', () => {
    expect(errorDetails('boom')).toEqual({ errorName: 'string', errorMessage: 'boom' });
  });

  it('redacts the error name too', () => {
    const error = new Error('x');
    error.name = 'Failure for K-123456';
    expect(errorDetails(error, 'K-123456').errorName).toBe('Failure for [redacted]');
  });
});

describe('logError', () => {
  it('clips caller-echoing context values like the request line does', async () => {
    const saved = process.env.LOG_LEVEL;
    process.env.LOG_LEVEL = 'info';
    try {
      const { lines } = await captureOutput(async () => logError('crash', new Error('boom'), { method: 'm'.repeat(5000), status: 7 }));
      expect(lines).toHaveLength(1);
      expect(lines[0]!.method).toBe(`${'m'.repeat(200)}…(5000 chars)`);
      expect(lines[0]!.status).toBe(7);
    } finally {
      if (saved === undefined) delete process.env.LOG_LEVEL;
      else process.env.LOG_LEVEL = saved;
    }
  });
});

describe('LOG_LEVEL', () => {
  it.each([
    [undefined, 'info'],
    ['', 'info'],
    ['debug', 'debug'],
    [' WARN ', 'warn'],
    ['silent', 'silent'],
    ['trace', 'info'],
  ])('%s → %s', (value, expected) => {
    expect(logLevelSetting(value === undefined ? {} : { LOG_LEVEL: value })).toBe(expected);
  });

  it('enables a level and everything more severe', () => {
    const env = { LOG_LEVEL: 'warn' };
    expect([isLogEnabled('debug', env), isLogEnabled('info', env), isLogEnabled('warn', env), isLogEnabled('error', env)]).toEqual([false, false, true, true]);
    expect(isLogEnabled('error', { LOG_LEVEL: 'silent' })).toBe(false);
  });
});

describe('level of the request line', () => {
  it.each([
    [{ status: 200, outcome: 'ok' }, 'info'],
    [{ status: 200, outcome: 'tool_error' }, 'info'],
    [{ status: 403, outcome: 'http_403' }, 'info'],
    [{ status: 200, outcome: 'ok', note: 'served a 2025 header with a 2026 body' }, 'warn'],
    [{ status: 200, outcome: 'jsonrpc_error:-32603' }, 'error'],
    [{ status: 500, outcome: 'http_500' }, 'error'],
  ])('%o → %s', (line, expected) => {
    expect(requestLogLevel(line)).toBe(expected);
  });
});

describe('errorDetails on huge errors', () => {
  it('clips message and stack so the line stays one CloudWatch event, after redacting', () => {
    const key = 'K-ABCDEFGHIJ';
    const error = new Error(`${'x'.repeat(1_995)}${key}${'y'.repeat(100_000)}`);
    const details = errorDetails(error, key);
    expect(details.errorMessage.length).toBeLessThan(2_100);
    expect(details.errorMessage).not.toContain('K-ABC');
    expect(details.errorMessage).toMatch(/…\(\d+ chars\)$/);
    expect(details.stack!.length).toBeLessThan(8_100);
  });
});
