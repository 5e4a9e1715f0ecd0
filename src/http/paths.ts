/**
 * The paths this server routes (docs/design-choices.md#paths-and-http: `/mcp`, `/mcp/` and `/` are the MCP endpoint; `/health`; the OAuth routes of
 * docs/oauth.md), and the
 * one way a path may be shown in a 404 body or a log line (publicPath). A new route adds its paths here too, so its
 * log lines keep the real path.
 */
export const MCP_PATHS: ReadonlySet<string> = new Set(['/mcp', '/mcp/', '/']);
export const HEALTH_PATHS: ReadonlySet<string> = new Set(['/health', '/health/']);

const PROTECTED_RESOURCE = /^\/\.well-known\/oauth-protected-resource(\/mcp)?\/?$/;
const AUTHORIZATION_SERVER = /^\/\.well-known\/oauth-authorization-server(\/mcp)?\/?$/;

export type OAuthRoute = 'resource-metadata' | 'server-metadata' | 'register' | 'authorize' | 'token';

/** Which OAuth route a path is (answered only when OAuth is on; a 404 otherwise, like any unknown path). */
export function oauthRouteOf(path: string): OAuthRoute | undefined {
  if (PROTECTED_RESOURCE.test(path)) return 'resource-metadata';
  if (AUTHORIZATION_SERVER.test(path)) return 'server-metadata';
  const trimmed = path.replace(/\/$/, '');
  if (trimmed === '/register') return 'register';
  if (trimmed === '/authorize') return 'authorize';
  if (trimmed === '/token') return 'token';
  return undefined;
}

/** What logs show instead of a path no route serves. */
export const UNKNOWN_PATH = '(unrouted path)';

/**
 * A routed path as it is, anything else as a placeholder: a caller who put the API key in the path (`/mcp/<key>`)
 * must not find it echoed in the 404 or written to the log.
 */
export function publicPath(path: string): string {
  return MCP_PATHS.has(path) || HEALTH_PATHS.has(path) || oauthRouteOf(path) !== undefined ? path : UNKNOWN_PATH;
}
