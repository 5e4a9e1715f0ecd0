/**
 * What the layers learn about one request as it passes through them (era, method, tool, outcome, upstream calls).
 * The Lambda adapter turns it into the request's one log line (request-log.ts). Kept here, below every layer that
 * fills it in, so the log does not depend on the MCP layer (docs/architecture.md#layers).
 */
export interface RequestTrace {
  era?: 'legacy' | 'modern';
  protocolVersion?: string;
  /** JSON-RPC method (first one, for a batch). */
  method?: string;
  tool?: string;
  /** ok | tool_error | jsonrpc_error:<code> | http_<status>: recorded by outcome.ts only. */
  outcome?: string;
  upstreamCalls: number;
  /** How the caller authenticated: a key in a header (or a raw key as Bearer), or one of our OAuth tokens. Never the credential. */
  auth?: 'header' | 'oauth';
  /** Set when something worth a warning happened (e.g. Claude's mismatched header served leniently). */
  note?: string;
}
