import type { HttpRequest, HttpResponse } from './types.js';
import { isOriginAllowed } from './origin-policy.js';
import { emptyResponse, jsonResponse } from './response-builder.js';
import type { CorsContext } from './response-builder.js';
import { handleMcpPost } from '../mcp/mcp-endpoint.js';
import { httpJsonRpcError } from '../mcp/http-errors.js';
import { ErrorCodes } from '../mcp/jsonrpc.js';
import type { McpRequestContext } from '../mcp/request-context.js';
import { healthBody } from './health.js';
import { HEALTH_PATHS, MCP_PATHS } from './paths.js';

/**
 * Routes one request. Order (spec.md item 79, decisions.md): path → Origin → method → the MCP POST pipeline.
 * `/.well-known/*` is a 404 on purpose: a 200 there would send mcp-remote into OAuth discovery.
 */

export async function route(req: HttpRequest, ctx: McpRequestContext): Promise<HttpResponse> {
  const response = await routeRequest(req, ctx);
  // A HEAD answer has the headers of the GET answer and no body (RFC 9110 §9.3.2), whatever the route decided:
  // 404 and 403 bodies used to go out on HEAD (hardening, issue 6).
  return req.method === 'HEAD' && response.body !== '' ? { ...response, body: '' } : response;
}

async function routeRequest(req: HttpRequest, ctx: McpRequestContext): Promise<HttpResponse> {
  const origin = req.headers.origin;
  const cors: CorsContext = { origin, allowed: isOriginAllowed(origin) };
  const isMcp = MCP_PATHS.has(req.path);
  const isHealth = HEALTH_PATHS.has(req.path);

  if (!isMcp && !isHealth) {
    return httpJsonRpcError(404, null, ErrorCodes.TransportError, 'No route for this path: the MCP endpoint is /mcp', cors);
  }
  if (!cors.allowed) {
    return httpJsonRpcError(403, null, ErrorCodes.TransportError, `Forbidden: Origin ${origin} is not allowed`, cors);
  }
  if (req.method === 'OPTIONS') return emptyResponse(204, cors);

  if (isHealth) {
    if (req.method === 'GET') return jsonResponse(200, healthBody(), cors);
    if (req.method === 'HEAD') return emptyResponse(200, cors, { 'Content-Type': 'application/json' });
    return methodNotAllowed(req, cors, 'GET, HEAD');
  }
  if (req.method !== 'POST') return methodNotAllowed(req, cors, 'POST');
  return handleMcpPost(req, cors, ctx);
}

function methodNotAllowed(req: HttpRequest, cors: CorsContext, allow: string): HttpResponse {
  if (req.method === 'HEAD') return emptyResponse(405, cors, { Allow: allow });
  const response = httpJsonRpcError(405, null, ErrorCodes.TransportError, 'Method not allowed.', cors);
  response.headers.Allow = allow;
  return response;
}
