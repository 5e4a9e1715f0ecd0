/** Pure pieces of the logging: outcomes, secret redaction, level parsing, line levels. */
import { describe, expect, it } from 'vitest';
import { isLogEnabled, logLevelSetting } from '../../src/observability/log-level.js';
import { errorDetails, logError } from '../../src/observability/logger.js';
import { answerOutcome, recordOutcome, requestOutcome } from '../../src/observability/outcome.js';
import { redactSecrets } from '../../src/observability/redact.js';
import { requestLogLevel } from '../../src/observability/request-log.js';
import { captureOutput } from './capture.js';

describe('outcomes', () => {
  it.each([
    ['a plain result', { result: {} }, 'ok'],
    ['a tool result with isError: true', { result: { isError: true } }, 'tool_error'],
    ['a tool result with isError: false', { result: { isError: false } }, 'ok'],
    ['a JSON-RPC error', { error: { code: -32601 } }, 'jsonrpc_error:-32601'],
    ['a result whose data has an error field', { result: { structuredContent: { error: 'none' } } }, 'ok'],
  ])('%s → its outcome', (_label, answer, expected) => {
    expect(answerOutcome(answer as Parameters<typeof answerOutcome>[0])).toBe(expected);
  });

  it('keeps the first answer of a batch that was not ok', () => {
    const trace = { upstreamCalls: 0 };
    recordOutcome(trace, { result: {} });
    expect(requestOutcome(trace, 200)).toBe('ok');
    recordOutcome(trace, { error: { code: -32600 } });
    recordOutcome(trace, { result: { isError: true } });
    recordOutcome(trace, { result: {} });
    expect(requestOutcome(trace, 200)).toBe('jsonrpc_error:-32600');
  });

  it('lets the HTTP status decide for 4xx/5xx, and says ok for an answer with nothing recorded (202, health)', () => {
    expect(requestOutcome({ upstreamCalls: 0 }, 202)).toBe('ok');
    expect(requestOutcome({ upstreamCalls: 0, outcome: 'ok' }, 400)).toBe('http_400');
    expect(requestOutcome({ upstreamCalls: 0 }, 500)).toBe('http_500');
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
