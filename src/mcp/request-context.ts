import type { RequestTrace } from '../observability/trace.js';
import type { ToolSelection } from '../tools/selection.js';

/** One request as the router, the OAuth gate and the MCP layer see it (docs/architecture.md#layers). */
export interface McpRequestContext {
  /** The TiFlux key: from a header, or unsealed from an OAuth token by the gate. Never logged. */
  apiKey: string | undefined;
  /** Toolsets, read-only mode and verbosity: the default until the router reads the request's choice. */
  selection: ToolSelection;
  remainingTimeMs: () => number;
  trace: RequestTrace;
}
