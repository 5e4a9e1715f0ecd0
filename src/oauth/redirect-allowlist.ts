import { redirectAllowlistSetting } from './settings.js';

/**
 * Which redirect URIs a client may register and be sent back to (docs/oauth.md "Redirect URIs"). Entries of
 * OAUTH_REDIRECT_ALLOWLIST, comma-separated: an exact URL; a prefix ending in `*`; `loopback` (http on
 * localhost, 127.0.0.1 or [::1], any port and path: mcp-remote, Claude Code, the Inspector, VS Code); `*` (any).
 */
export const DEFAULT_REDIRECT_ALLOWLIST = [
  'loopback',
  // Claude (claude.ai, Claude Desktop and mobile connectors).
  'https://claude.ai/api/mcp/auth_callback',
  'https://claude.com/api/mcp/auth_callback',
  // ChatGPT connectors, and their older callback.
  'https://chatgpt.com/connector/oauth/*',
  'https://chatgpt.com/connector_platform_oauth_redirect',
  // Cursor.
  'cursor://anysphere.cursor-mcp/oauth/callback',
  // VS Code (its loopback callback is covered by `loopback`).
  'https://vscode.dev/redirect',
  'https://insiders.vscode.dev/redirect',
].join(',');

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function entries(): string[] {
  const setting = redirectAllowlistSetting() || DEFAULT_REDIRECT_ALLOWLIST;
  return setting
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
}

export function isLoopbackRedirect(url: URL): boolean {
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname.toLowerCase());
}

/** A redirect URI must be an absolute URL without a fragment (RFC 6749 §3.1.2) before any list is consulted. */
export function parseRedirectUri(value: string): URL | undefined {
  if (value.length > 2000 || /[\s#]/.test(value)) return undefined;
  try {
    const url = new URL(value);
    // javascript:, data: and friends are never a place to send a code.
    if (['javascript:', 'data:', 'file:', 'blob:', 'vbscript:', 'about:'].includes(url.protocol)) return undefined;
    return url;
  } catch {
    return undefined;
  }
}

export function isRedirectAllowed(value: string): boolean {
  const url = parseRedirectUri(value);
  if (!url) return false;
  return entries().some((entry) => {
    if (entry === '*') return true;
    if (entry.toLowerCase() === 'loopback') return isLoopbackRedirect(url);
    // Both the URI as sent and as a browser will read it must match, so `..` or an `@` cannot step out of a prefix.
    if (entry.endsWith('*')) {
      const prefix = entry.slice(0, -1);
      return value.startsWith(prefix) && url.href.startsWith(prefix);
    }
    return value === entry;
  });
}

/**
 * Is `requested` one of the client's registered redirect URIs? Exact match, except that a loopback URI may differ
 * in port only (RFC 8252 §7.3: native apps pick a free port when they start).
 */
export function matchesRegisteredRedirect(requested: string, registered: readonly string[]): boolean {
  if (registered.includes(requested)) return true;
  const url = parseRedirectUri(requested);
  if (!url || !isLoopbackRedirect(url)) return false;
  return registered.some((candidate) => {
    const other = parseRedirectUri(candidate);
    return (
      other !== undefined &&
      isLoopbackRedirect(other) &&
      other.hostname === url.hostname &&
      other.pathname === url.pathname &&
      other.search === url.search
    );
  });
}
