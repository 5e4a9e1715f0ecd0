/**
 * The paths this server routes (decisions.md: `/mcp`, `/mcp/` and `/` are the MCP endpoint; `/health`), and the
 * one way a path may be shown in a 404 body or a log line (publicPath). A new route adds its paths here too, so its
 * log lines keep the real path.
 */
export const MCP_PATHS: ReadonlySet<string> = new Set(['/mcp', '/mcp/', '/']);
export const HEALTH_PATHS: ReadonlySet<string> = new Set(['/health', '/health/']);

/** What logs show instead of a path no route serves. */
export const UNKNOWN_PATH = '(unrouted path)';

/**
 * A routed path as it is, anything else as a placeholder: a caller who put the API key in the path (`/mcp/<key>`)
 * must not find it echoed in the 404 or written to the log.
 */
export function publicPath(path: string): string {
  return MCP_PATHS.has(path) || HEALTH_PATHS.has(path) ? path : UNKNOWN_PATH;
}
