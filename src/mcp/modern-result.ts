/**
 * What every 2026-07-28 result carries on top of what the handler returned (docs/protocol.md#the-2026-route):
 * `resultType: "complete"` (the SDK v2 client rejects a result without it), serverInfo under `_meta`, and cache
 * hints on cacheable results. Legacy results never go through here.
 */
import { SERVER_INFO } from '../version.js';
import { isPlainObject } from '../plain-object.js';

export const SERVER_INFO_META_KEY = 'io.modelcontextprotocol/serverInfo';

/**
 * docs/design-choices.md#tools: the tool set changes only with the deployment and with the selection the client itself
 * sends (docs/toolsets.md), so a client may cache it for 5 minutes; "private" because it varies by request, and
 * private results are never shared across credentials.
 */
export const CACHE_HINTS = { ttlMs: 300_000, cacheScope: 'private' } as const;

/** Adds resultType and serverInfo, keeping any `_meta` the handler returned (our key wins on a clash). */
export function stampResult(result: Record<string, unknown>): Record<string, unknown> {
  const meta = isPlainObject(result._meta) ? result._meta : {};
  return { ...result, resultType: 'complete', _meta: { ...meta, [SERVER_INFO_META_KEY]: SERVER_INFO } };
}

/**
 * tools/list under 2026-07-28: cache hints added, and `execution` removed from each tool (task support left the
 * core protocol in this revision; SDK v2 strips it too).
 */
export function stampToolsListResult(result: Record<string, unknown>): Record<string, unknown> {
  const tools = Array.isArray(result.tools) ? result.tools.map(withoutExecution) : result.tools;
  return stampResult({ ...result, tools, ...CACHE_HINTS });
}

function withoutExecution(tool: unknown): unknown {
  if (!isPlainObject(tool) || !('execution' in tool)) return tool;
  const { execution: _removed, ...rest } = tool;
  return rest;
}
