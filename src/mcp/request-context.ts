import type { ToolSelection } from '../tools/selection.js';

/** Per-request facts the MCP layer fills in as it goes; the handler turns them into one log line. */
export interface RequestTrace {
  era?: 'legacy' | 'modern';
  protocolVersion?: string;
  /** JSON-RPC method (first one, for a batch). */
  method?: string;
  tool?: string;
  /** ok | tool_error | jsonrpc_error:<code> | http_<status> */
  outcome?: string;
  upstreamCalls: number;
  /** How the caller authenticated: a key in a header (or a raw key as Bearer), or one of our OAuth tokens. Never the credential. */
  auth?: 'header' | 'oauth';
  /** Set when something worth a warning happened (e.g. Claude's mismatched header served leniently). */
  note?: string;
}

export interface McpRequestContext {
  apiKey: string | undefined;
  /** Toolsets, read-only mode and verbosity: the default until the router reads the request's choice. */
  selection: ToolSelection;
  remainingTimeMs: () => number;
  trace: RequestTrace;
}
