/**
 * The contract between the MCP layer and the tool catalogue. The MCP layer knows nothing about TiFlux; it lists the
 * tools a selection is offered, looks a name up, and asks the catalogue to run one call.
 */
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import type { ToolDefinition } from './define-tool.js';
import type { ToolSelection } from './selection.js';
import type { CallContext } from '../tiflux/call-context.js';

/** One upstream (TiFlux) HTTP attempt, reported for logs and the benchmark: the client's own report type. */
export type { UpstreamCallReport } from '../tiflux/transport-types.js';

/**
 * What the MCP layer knows about the request a tool runs in: the client's CallContext (key, deadline, attempt
 * report; the key is always present, as the MCP layer answers a keyless call itself), plus the request's selection.
 */
export interface ToolCallContext extends CallContext {
  /** The request's toolsets, read-only mode and verbosity. */
  selection: ToolSelection;
}

export interface ToolCatalog {
  /** The tools/list payload for a selection: computed once per selection, shared by every request. */
  listTools(selection: ToolSelection): Tool[];
  /** Any tool of the catalogue, offered or not. */
  findTool(name: string): ToolDefinition | undefined;
  isOffered(tool: ToolDefinition, selection: ToolSelection): boolean;
  /** The one check of a called name against the catalogue and the selection. */
  toolFor(name: string, selection: ToolSelection): ToolLookup;
  /** Runs a tool `toolFor` returned. Tool failures come back as `isError: true` results; it throws only on a bug. */
  run(tool: ToolDefinition, args: Record<string, unknown>, ctx: ToolCallContext): Promise<CallToolResult>;
  /** `toolFor` then `run`, a refusal as an `isError` result: for scripts and tests that call tools directly. */
  callTool(name: string, args: Record<string, unknown>, ctx: ToolCallContext): Promise<CallToolResult>;
}

/** An offered tool, or the sentence that says why the name cannot be called. */
export type ToolLookup = { tool: ToolDefinition } | { refusal: string };
