import type { RequestTrace } from './trace.js';
import { levelEnabled, logLevelSetting } from './log-level.js';
import type { LogLevel } from './log-level.js';
import { emitLog } from './logger.js';

/**
 * The one structured line written per request (CloudWatch Logs Insights can query every field). It carries the key
 * fingerprint (first 8 hex chars of the key's SHA-256), never the key, and never a request or response body.
 */
export interface RequestLogLine extends RequestTrace {
  requestId: string;
  httpMethod: string;
  path: string;
  status: number;
  durationMs: number;
  keyFingerprint?: string;
  /** First invocation of this Lambda container (module scope was just initialised). */
  coldStart: boolean;
  /** The client's User-Agent (tells mcp-remote, Claude Code, Claude's connector and curl apart), truncated. */
  userAgent?: string;
  /**
   * Written only under LOG_LEVEL=debug: header values that explain 406/415/403 answers; no credentials. A function is
   * called only then, so its cost (measuring the response) is paid only at debug level.
   */
  debug?: RequestDebugFields | (() => RequestDebugFields);
}

export interface RequestDebugFields {
  contentType?: string;
  accept?: string;
  origin?: string;
  protocolVersionHeader?: string;
  requestBytes: number;
  responseBytes: number;
}

/** error: the server failed (5xx, or a JSON-RPC -32603); warn: something worth a look (trace.note); else info. */
export function requestLogLevel(line: Pick<RequestLogLine, 'status' | 'outcome' | 'note'>): LogLevel {
  if (line.status >= 500 || line.outcome === 'jsonrpc_error:-32603') return 'error';
  if (line.note) return 'warn';
  return 'info';
}

export function writeRequestLog(line: RequestLogLine): void {
  const level = requestLogLevel(line);
  const setting = logLevelSetting();
  if (!levelEnabled(level, setting)) return;
  const { debug, ...fields } = line;
  // Fixed leading keys, in reading order; the spread adds the rest, including any field a layer adds to RequestTrace.
  const ordered: Record<string, unknown> = {};
  for (const key of LEADING_KEYS) ordered[key] = fields[key];
  emitLog(level, 'request', { ...ordered, ...fields, debug: levelEnabled('debug', setting) ? (typeof debug === 'function' ? debug() : debug) : undefined });
}

const LEADING_KEYS = [
  'requestId',
  'coldStart',
  'httpMethod',
  'path',
  'status',
  'outcome',
  'era',
  'protocolVersion',
  'method',
  'tool',
  'upstreamCalls',
  'durationMs',
  'keyFingerprint',
] as const satisfies readonly (keyof RequestLogLine)[];
