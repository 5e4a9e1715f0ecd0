import { isLogEnabled } from './log-level.js';
import type { LogLevel } from './log-level.js';
import { redactSecrets } from './redact.js';

/**
 * Structured logging: one JSON object per line on stdout. In Lambda every stdout line becomes one CloudWatch log
 * event, and Logs Insights discovers the fields of JSON events by itself (`fields outcome, durationMs | filter …`).
 * Written with process.stdout.write rather than console.*, so the runtime adds no text prefix that would stop the
 * line from being pure JSON.
 */
export const SERVICE = 'tiflux-mcp';

export function writeLog(level: LogLevel, msg: string, fields: Record<string, unknown> = {}): void {
  if (!isLogEnabled(level)) return;
  const line = { level, msg, timestamp: new Date().toISOString(), service: SERVICE, ...fields };
  // JSON.stringify leaves out undefined fields, so callers can pass optional ones as they are.
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

/** What an error log needs to be debugged: its class, message and stack, with secrets removed. */
export interface ErrorDetails {
  errorName: string;
  errorMessage: string;
  stack?: string;
  cause?: string;
}

export function errorDetails(error: unknown, apiKey?: string): ErrorDetails {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `${error.cause.name}: ${error.cause.message}` : undefined;
    return {
      errorName: error.name,
      errorMessage: redactSecrets(error.message, apiKey),
      stack: error.stack ? redactSecrets(error.stack, apiKey) : undefined,
      cause: cause ? redactSecrets(cause, apiKey) : undefined,
    };
  }
  return { errorName: typeof error, errorMessage: redactSecrets(String(error), apiKey) };
}

/** An error line with context (request id, method, tool…): never the key, never a request body. */
export function logError(msg: string, error: unknown, context: Record<string, unknown> = {}, apiKey?: string): void {
  writeLog('error', msg, { ...context, ...errorDetails(error, apiKey) });
}
