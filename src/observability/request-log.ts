import type { RequestTrace } from '../mcp/request-context.js';

/** One structured JSON line per request (CloudWatch Logs Insights can query every field). Never the key. */
export interface RequestLogLine extends RequestTrace {
  requestId: string;
  httpMethod: string;
  path: string;
  status: number;
  durationMs: number;
  keyFingerprint?: string;
  coldStart: boolean;
}

export function writeRequestLog(line: RequestLogLine): void {
  if (process.env.LOG_LEVEL === 'silent') return;
  const level = line.status >= 500 ? 'error' : line.note ? 'warn' : 'info';
  process.stdout.write(`${JSON.stringify({ level, msg: 'request', ...line })}\n`);
}
