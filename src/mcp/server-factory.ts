import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import type { jsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/types.js';
import { SERVER_INFO } from '../version.js';
import { toolCatalog } from '../tools/catalog.js';
import { instructionsFor } from '../tools/instructions.js';
import type { JsonRpcRequest } from './jsonrpc.js';
import type { McpRequestContext } from './request-context.js';
import { answerToolCall } from './tool-call.js';
import { SingleExchangeTransport } from './single-exchange-transport.js';
import { logError } from '../observability/logger.js';

/**
 * ServerFactory: one SDK `Server` per request, wired to the tool catalogue that was built once at module load, and
 * the one exchange with it: a checked request in (request-checks.ts), its response out.
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
    answerToolCall(request.params.name, request.params.arguments ?? {}, ctx),
  );
  return server;
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
