/**
 * tools/call, as the Server hands it over: the MCP layer's part of a tool call, in the order the client's problems
 * are reported (docs/design-choices.md#credentials): the name (unknown or not offered: -32602, key or no key), then
 * the key (missing or malformed: a tool error that says how to send it), then the catalogue runs the tool.
 */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { toolCatalog } from '../tools/catalog.js';
import { logError } from '../observability/logger.js';
import { ErrorCodes, ProtocolError } from './jsonrpc.js';
import { isPlausibleApiKey, malformedApiKeyResult, missingApiKeyResult } from './missing-key.js';
import type { McpRequestContext } from './request-context.js';

export async function answerToolCall(name: string, args: Record<string, unknown>, ctx: McpRequestContext): Promise<CallToolResult> {
  ctx.trace.tool = name;
  const found = toolCatalog.toolFor(name, ctx.selection);
  if ('refusal' in found) throw new ProtocolError(ErrorCodes.InvalidParams, found.refusal);
  if (ctx.apiKey === undefined) return missingApiKeyResult();
  if (!isPlausibleApiKey(ctx.apiKey)) return malformedApiKeyResult();
  try {
    return await toolCatalog.run(found.tool, args, {
      apiKey: ctx.apiKey,
      remainingTimeMs: ctx.remainingTimeMs,
      selection: ctx.selection,
      onUpstreamCall: () => {
        ctx.trace.upstreamCalls += 1;
      },
    });
  } catch (error) {
    // The catalogue turns every expected failure into an isError result, so this is a bug. The SDK would put the
    // thrown message in the JSON-RPC error; keep it in our log instead and tell the client only that it failed.
    logError('tool crashed', error, { tool: name }, ctx.apiKey);
    throw new ProtocolError(ErrorCodes.InternalError, `Internal error: the ${name} tool failed unexpectedly`);
  }
}
