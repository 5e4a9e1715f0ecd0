import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import type { CallToolResult, JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import type { jsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/types.js';
import { SERVER_INFO } from '../version.js';
import { toolCatalog } from '../tools/catalog.js';
import { unavailableReason } from '../tools/availability.js';
import { instructionsFor } from '../tools/instructions.js';
import { closestToolNames } from '../tools/closest-tool-names.js';
import { ErrorCodes, ProtocolError } from './jsonrpc.js';
import type { JsonRpcRequest } from './jsonrpc.js';
import type { McpRequestContext } from './request-context.js';
import { isPlausibleApiKey, malformedApiKeyResult, missingApiKeyResult } from './missing-key.js';
import { SingleExchangeTransport } from './single-exchange-transport.js';
import { logError } from '../observability/logger.js';

/**
 * ServerFactory: one SDK `Server` per request, wired to the tool catalogue that was built once at module load.
 * Building it is cheap because everything expensive is shared: the tool list (precomputed JSON) and the JSON Schema
 * validator (the SDK would otherwise construct Ajv in every instance; it only needs one for elicitation, which this
 * server never uses).
 */
export const SERVER_CAPABILITIES = { tools: {}, logging: {} };

const unusedValidator: jsonSchemaValidator = {
  getValidator() {
    throw new Error('JSON Schema validation through the SDK is not used by this server');
  },
};

export function createMcpServer(ctx: McpRequestContext): Server {
  const server = new Server(
    SERVER_INFO,
    { capabilities: SERVER_CAPABILITIES, instructions: instructionsFor(ctx.selection), jsonSchemaValidator: unusedValidator },
  );
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: toolCatalog.listTools(ctx.selection) }));
  server.setRequestHandler(CallToolRequestSchema, (request) =>
    callTool(request.params.name, request.params.arguments ?? {}, ctx),
  );
  return server;
}

async function callTool(name: string, args: Record<string, unknown>, ctx: McpRequestContext): Promise<CallToolResult> {
  ctx.trace.tool = name;
  // Protocol problems first (docs/design-decisions.md#credentials): an unknown or unoffered tool is -32602 even without a key.
  const tool = toolCatalog.findTool(name);
  if (!tool) {
    const closest = closestToolNames(name, toolCatalog.listTools(ctx.selection).map((listed) => listed.name));
    const hint = closest.length ? `. Did you mean ${closest.join(' or ')}?` : '';
    throw new ProtocolError(ErrorCodes.InvalidParams, `Unknown tool: ${name}${hint}`);
  }
  const refused = unavailableReason(tool, ctx.selection);
  if (refused) throw new ProtocolError(ErrorCodes.InvalidParams, refused);
  if (ctx.apiKey === undefined) return missingApiKeyResult();
  if (!isPlausibleApiKey(ctx.apiKey)) return malformedApiKeyResult();
  try {
    return await toolCatalog.callTool(name, args, {
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

/** Leave this much of the invocation for answering and logging when the Server has not replied in time. */
const ANSWER_MARGIN_MS = 500;

/**
 * Hands one validated request to a fresh Server and returns its response message. Two safety nets make sure the
 * exchange always ends: the SDK drops some messages it cannot handle after reporting them through `onerror`, without
 * replying, and a tool that somehow outlives its own deadline must not hold the invocation until Lambda kills it.
 */
export async function exchangeWithServer(request: JsonRpcRequest, ctx: McpRequestContext): Promise<JSONRPCMessage> {
  const server = createMcpServer(ctx);
  const transport = new SingleExchangeTransport();
  server.onerror = (error) => {
    logError('SDK server reported an error', error, { method: request.method }, ctx.apiKey);
    transport.fail(request.id, 'Internal error: the server could not handle this request');
  };
  await server.connect(transport);
  const timer = setTimeout(
    () => transport.fail(request.id, 'Internal error: the request did not finish before the function timeout'),
    Math.max(0, ctx.remainingTimeMs() - ANSWER_MARGIN_MS),
  );
  try {
    transport.deliver(request as JSONRPCMessage);
    return await transport.response;
  } finally {
    clearTimeout(timer);
  }
}
