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
import { EXPLICIT_LIST_MAX_AGE_MS } from '../tiflux/lookup-cache.js';
import { logError } from '../observability/logger.js';
import { isTiFluxError, TiFluxUnreadableResponseError } from '../tiflux/errors.js';
import type { ToolCallContext } from './contract.js';
import type { ToolContext, ToolDefinition } from './define-tool.js';
import { describeInvalidInput } from './input-errors.js';
import { fitToolResult } from './result-size.js';
import { ToolError } from './tool-error.js';
import { redactSecrets } from '../observability/redact.js';
import type { UpstreamCallReport } from './contract.js';

export function errorResult(text: string): CallToolResult {
  return { isError: true, content: [{ type: 'text', text }] };
}

export async function runTool(
  tool: ToolDefinition,
  rawArgs: Record<string, unknown>,
  call: ToolCallContext,
): Promise<CallToolResult> {
  const names = argumentNames(tool);
  const parsed = tool.inputSchema.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    return fitToolResult(errorResult(describeInvalidInput(tool.name, parsed.error, names, rawArgs)));
  }
  const writes = { applied: false };
  try {
    const reply = await tool.run(parsed.data, createToolContext(call, writes, tool.name));
    const result: CallToolResult = { content: [{ type: 'text', text: reply.text }] };
    if (reply.structured) result.structuredContent = reply.structured;
    // One size policy for every tool and both eras (docs/result-size.md).
    return fitToolResult(result, { argumentNames: names });
  } catch (error) {
    return fitToolResult(errorResult(userMessageFor(error, tool.name, call.apiKey, names, writes.applied)));
  }
}

/**
 * An explicit search or list (search_*, list_*) shows what the user asked to see: cached lists at most a minute
 * old. Name resolution inside other tools may use the 5-minute lists (docs/lookup-cache.md).
 */
function lookupAgeFor(toolName: string): number | undefined {
  return /^(search|list)_/.test(toolName) ? EXPLICIT_LIST_MAX_AGE_MS : undefined;
}

function createToolContext(call: ToolCallContext, writes: { applied: boolean }, toolName: string): ToolContext {
  return {
    tiflux: createTiFluxClient(
      {
        apiKey: call.apiKey,
        remainingTimeMs: call.remainingTimeMs,
        onUpstreamCall: (info: UpstreamCallReport) => {
          // A write TiFlux answered with 2xx was applied, whatever its body turns out to be.
          if (info.method !== 'GET' && info.status !== undefined && info.status >= 200 && info.status < 300) writes.applied = true;
          call.onUpstreamCall?.(info);
        },
      },
      { lookupMaxAgeMs: lookupAgeFor(toolName) },
    ),
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
function userMessageFor(error: unknown, toolName: string, apiKey: string, names: readonly string[], wroteOk: boolean): string {
  // Every text shown to the model passes the same redaction as the logs (TiFlux may quote the key back).
  if (error instanceof ToolError) return redactSecrets(error.messageFor(names), apiKey);
  if (isTiFluxError(error)) {
    if (error instanceof TiFluxUnreadableResponseError && wroteOk) return redactSecrets(error.afterWrite().userMessage, apiKey);
    return redactSecrets(error.userMessage, apiKey);
  }
  logError('tool crashed', error, { tool: toolName }, apiKey);
  return (
    `${toolName} failed because of an unexpected problem in this server (not in your request). ` +
    'Nothing more is known here; try again, and report it if it persists.'
  );
}

