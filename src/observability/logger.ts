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
  if (isLogEnabled(level)) emitLog(level, msg, fields);
}

/** Writes the line without checking LOG_LEVEL (for callers that already did). */
export function emitLog(level: LogLevel, msg: string, fields: Record<string, unknown>): void {
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

/** Longest message and stack kept: an error that quotes a 5 MiB input must not make a line CloudWatch splits. */
const MAX_MESSAGE_CHARS = 2_000;
const MAX_STACK_CHARS = 8_000;
/**
 * Log fields that echo the caller (method, tool name, claimed protocol version, path, header values) are clipped: a
 * 5 MiB method name made a 5 MiB log line, past CloudWatch's 256 KiB event limit, where it is split and no longer
 * one JSON object (hardening, issue 6).
 */
const MAX_ECHOED_CHARS = 200;

function clipText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}…(${text.length} chars)`;
}

/** A caller-echoing field, clipped to MAX_ECHOED_CHARS. */
export function clip<T extends string | undefined>(value: T): T {
  return (value === undefined ? value : clipText(value, MAX_ECHOED_CHARS)) as T;
}

/** A copy of `fields` with every string value clipped (the request trace, an error line's context). */
export function clipStrings<T extends object>(fields: T): T {
  const out = { ...fields } as Record<string, unknown>;
  for (const [key, value] of Object.entries(out)) if (typeof value === 'string') out[key] = clip(value);
  return out as T;
}

export function errorDetails(error: unknown, apiKey?: string): ErrorDetails {
  // Redact before clipping, so a key cut in half by the clip cannot survive as a fragment.
  const safe = (text: string, max: number) => clipText(redactSecrets(text, apiKey), max);
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `${error.cause.name}: ${error.cause.message}` : undefined;
    return {
      errorName: safe(error.name, MAX_ECHOED_CHARS),
      errorMessage: safe(error.message, MAX_MESSAGE_CHARS),
      stack: error.stack ? safe(error.stack, MAX_STACK_CHARS) : undefined,
      cause: cause ? safe(cause, MAX_MESSAGE_CHARS) : undefined,
    };
  }
  return { errorName: typeof error, errorMessage: safe(String(error), MAX_MESSAGE_CHARS) };
}

/** An error line with context (request id, method, tool…, clipped like the request line): never the key, never a body. */
export function logError(msg: string, error: unknown, context: Record<string, unknown> = {}, apiKey?: string): void {
  writeLog('error', msg, { ...clipStrings(context), ...errorDetails(error, apiKey) });
}
