/**
 * The one boundary every tool call passes through:
 *   1. validate the arguments with the tool's zod schema, before any upstream call (invalid → isError, per field);
 *   2. run the tool with a TiFlux client bound to the caller's key and deadline;
 *   3. turn whatever it throws into an `isError: true` result a person can act on.
 * Tools throw; only this file decides what the model sees. It never throws itself, so a tool problem can never
 * become a JSON-RPC error, and upstream bodies never reach the model (TiFluxError messages are written by our client).
 */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { createTiFluxClient } from '../tiflux/client.js';
import { logError } from '../observability/logger.js';
import { isTiFluxError } from '../tiflux/errors.js';
import type { ToolCallContext } from './contract.js';
import type { ToolContext, ToolDefinition } from './define-tool.js';
import { describeInvalidInput } from './input-errors.js';
import { ToolError } from './tool-error.js';

export function errorResult(text: string): CallToolResult {
  return { isError: true, content: [{ type: 'text', text }] };
}

export async function runTool(
  tool: ToolDefinition,
  rawArgs: Record<string, unknown>,
  call: ToolCallContext,
): Promise<CallToolResult> {
  const parsed = tool.inputSchema.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    return errorResult(describeInvalidInput(tool.name, parsed.error, argumentNames(tool)));
  }
  try {
    const reply = await tool.run(parsed.data, createToolContext(call));
    const result: CallToolResult = { content: [{ type: 'text', text: reply.text }] };
    if (reply.structured) result.structuredContent = reply.structured;
    return result;
  } catch (error) {
    return errorResult(userMessageFor(error, tool.name, call.apiKey));
  }
}

function createToolContext(call: ToolCallContext): ToolContext {
  return {
    tiflux: createTiFluxClient({
      apiKey: call.apiKey,
      remainingTimeMs: call.remainingTimeMs,
      onUpstreamCall: call.onUpstreamCall,
    }),
    verbosity: call.selection.verbosity,
  };
}

function argumentNames(tool: ToolDefinition): string[] {
  const shape = (tool.inputSchema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/**
 * What the model sees for a thrown error. Only our own, vetted messages pass; anything else is a bug, logged as one
 * JSON error line through the project's logger (key and credential-shaped text redacted, message and stack clipped).
 */
function userMessageFor(error: unknown, toolName: string, apiKey: string): string {
  if (error instanceof ToolError) return error.userMessage;
  if (isTiFluxError(error)) return error.userMessage;
  logError('tool crashed', error, { tool: toolName }, apiKey);
  return (
    `${toolName} failed because of an unexpected problem in this server (not in your request). ` +
    'Nothing more is known here; try again, and report it if it persists.'
  );
}
