/**
 * A crash below the adapter: the client gets a clean 500 with a JSON-RPC body, the log gets an error line with
 * enough to debug (request id, method, path, error class, message, stack) and the key removed even when the error
 * message itself carries it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureOutput } from './capture.js';
import { functionUrlEvent, initialize } from './events.js';

const KEY = 'tfx-CRASHTEST-00112233445566778899-SECRETKEY';

vi.mock('../../src/router.js', () => ({
  route: async () => {
    // What a careless dependency might do: put the credential in an error message.
    throw new TypeError(`upstream exploded for x-tiflux-api-key: ${KEY} (Authorization: Bearer ${KEY})`);
  },
}));

const savedLevel = process.env.LOG_LEVEL;
beforeEach(() => {
  process.env.LOG_LEVEL = 'info';
});
afterEach(() => {
  if (savedLevel === undefined) delete process.env.LOG_LEVEL;
  else process.env.LOG_LEVEL = savedLevel;
});

describe('unhandled error', () => {
  it('answers 500 with a JSON-RPC error and logs an error line plus the request line, without the key', async () => {
    const { handleLambdaEvent } = await import('../../src/lambda-adapter.js');
    let status = 0;
    let body = '';
    const { stdout, stderr, lines } = await captureOutput(async () => {
      const res = await handleLambdaEvent(
        functionUrlEvent(initialize(), { 'x-tiflux-api-key': KEY }, { requestId: 'req-crash' }),
        { awsRequestId: 'req-crash', getRemainingTimeInMillis: () => 30_000 },
      );
      status = res.statusCode ?? 0;
      body = String(res.body);
    });
    expect(status).toBe(500);
    expect(JSON.parse(body)).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32603 } });
    expect(body).not.toContain(KEY);

    expect(lines).toHaveLength(2);
    const [crash, request] = lines;
    expect(crash).toMatchObject({
      level: 'error',
      msg: 'unhandled error',
      requestId: 'req-crash',
      httpMethod: 'POST',
      path: '/mcp',
      errorName: 'TypeError',
    });
    expect(crash!.errorMessage).toContain('upstream exploded');
    expect(crash!.errorMessage).toContain('[redacted]');
    expect(crash!.stack).toContain('TypeError');
    expect(request).toMatchObject({ level: 'error', msg: 'request', status: 500, outcome: 'http_500', requestId: 'req-crash' });

    expect(stdout).not.toContain(KEY);
    expect(stdout).not.toContain('SECRETKEY');
    expect(stderr).not.toContain(KEY);
  });

  it('still logs the error line at LOG_LEVEL=error, and nothing at silent', async () => {
    const { handleLambdaEvent } = await import('../../src/lambda-adapter.js');
    process.env.LOG_LEVEL = 'error';
    const atError = await captureOutput(() => handleLambdaEvent(functionUrlEvent(initialize())));
    expect(atError.lines.map((l) => l.msg)).toEqual(['unhandled error', 'request']);
    process.env.LOG_LEVEL = 'silent';
    const atSilent = await captureOutput(() => handleLambdaEvent(functionUrlEvent(initialize())));
    expect(atSilent.stdout).toBe('');
  });
});
