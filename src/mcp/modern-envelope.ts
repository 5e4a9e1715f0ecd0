/**
 * The 2026-07-28 per-request envelope: `params._meta` with reserved `io.modelcontextprotocol/*` keys
 * (docs/protocol.md#the-2026-envelope). Pure checks; the caller turns a problem into HTTP 400 + -32602.
 */
import { MCP_LOG_LEVELS } from './request-checks.js';
import { isPlainObject } from '../plain-object.js';
import { echoed } from './jsonrpc.js';

export const META_KEYS = {
  protocolVersion: 'io.modelcontextprotocol/protocolVersion',
  clientCapabilities: 'io.modelcontextprotocol/clientCapabilities',
  clientInfo: 'io.modelcontextprotocol/clientInfo',
  logLevel: 'io.modelcontextprotocol/logLevel',
} as const;

/** Keys every 2026 request must carry. clientInfo is only a SHOULD, so a server must not require it. */
export const REQUIRED_REQUEST_META_KEYS = [META_KEYS.protocolVersion, META_KEYS.clientCapabilities] as const;

/** What goes into `error.data.envelope`: either the missing keys or the one key that is ill-typed. */
export type EnvelopeProblem = { missing: string[] } | { key: string; problem: string };

/** `params._meta` when it is an object, else undefined. */
export function readMeta(params: unknown): Record<string, unknown> | undefined {
  if (!isPlainObject(params)) return undefined;
  return isPlainObject(params._meta) ? params._meta : undefined;
}

/** The body's protocolVersion claim, if the key exists (whatever its type: a non-string claim is still a claim). */
export function readClaim(params: unknown): { present: false } | { present: true; value: unknown } {
  const meta = readMeta(params);
  if (meta === undefined || !(META_KEYS.protocolVersion in meta)) return { present: false };
  return { present: true, value: meta[META_KEYS.protocolVersion] };
}

/** Missing required keys, naming `_meta` itself when there is no `_meta` object at all. */
export function missingRequestMetaKeys(params: unknown): string[] {
  const meta = readMeta(params);
  if (meta === undefined) return ['_meta'];
  return REQUIRED_REQUEST_META_KEYS.filter((key) => !(key in meta));
}

/**
 * Validates a request's envelope: required keys present, and every reserved key that is present well-typed
 * (SDK parity: an ill-typed optional key such as `logLevel: "loud"` is as malformed as a missing required one).
 */
export function validateRequestEnvelope(params: unknown): EnvelopeProblem | undefined {
  const missing = missingRequestMetaKeys(params);
  if (missing.length > 0) return { missing };
  return checkReservedKeyTypes(readMeta(params)!);
}

/**
 * Notifications carry no capabilities (the revision defines no client→server notification over HTTP), so only the
 * claim itself and any other reserved key present are checked.
 */
export function validateNotificationEnvelope(params: unknown): EnvelopeProblem | undefined {
  const meta = readMeta(params);
  if (meta === undefined) return { missing: ['_meta'] };
  return checkReservedKeyTypes(meta);
}

function checkReservedKeyTypes(meta: Record<string, unknown>): EnvelopeProblem | undefined {
  const version = meta[META_KEYS.protocolVersion];
  if (META_KEYS.protocolVersion in meta && (typeof version !== 'string' || version.length === 0)) {
    return { key: META_KEYS.protocolVersion, problem: 'must be a non-empty string' };
  }
  if (META_KEYS.clientCapabilities in meta && !isPlainObject(meta[META_KEYS.clientCapabilities])) {
    return { key: META_KEYS.clientCapabilities, problem: 'must be an object ({} declares none)' };
  }
  if (META_KEYS.clientInfo in meta) {
    const info = meta[META_KEYS.clientInfo];
    if (!isPlainObject(info) || typeof info.name !== 'string' || typeof info.version !== 'string') {
      return { key: META_KEYS.clientInfo, problem: 'must be an object with string name and version' };
    }
  }
  if (META_KEYS.logLevel in meta) {
    const level = meta[META_KEYS.logLevel];
    if (typeof level !== 'string' || !MCP_LOG_LEVELS.includes(level)) {
      return { key: META_KEYS.logLevel, problem: `must be one of: ${MCP_LOG_LEVELS.join(', ')}` };
    }
  }
  return undefined;
}

/** The error message: it names the key, so a developer can fix the client without reading `data`. */
export function describeEnvelopeProblem(problem: EnvelopeProblem, revision: string): string {
  const prefix = `Invalid _meta envelope for protocol revision ${echoed(revision)}`;
  if ('missing' in problem) return `${prefix}: missing required key(s): ${problem.missing.join(', ')}`;
  return `${prefix}: ${problem.key}: ${problem.problem}`;
}

/**
 * The params handed to the SDK v1 Server: the envelope keys removed (the v1 Server has no use for them, and a
 * 2025-shaped request keeps it on paths it has always taken). Other `_meta` keys (progressToken, trace context) stay.
 */
export function withoutEnvelopeKeys(params: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const meta = readMeta(params);
  if (params === undefined || meta === undefined) return params;
  const rest = Object.fromEntries(Object.entries(meta).filter(([key]) => !key.startsWith('io.modelcontextprotocol/')));
  const { _meta: _dropped, ...others } = params;
  return Object.keys(rest).length > 0 ? { ...others, _meta: rest } : others;
}
