import type { HttpRequest, HttpResponse } from './http/types.js';
import { isOriginAllowed } from './http/origin-policy.js';
import { emptyResponse, jsonResponse } from './http/response-builder.js';
import type { CorsContext } from './http/response-builder.js';
import { HEALTH_PATHS, MCP_PATHS } from './http/paths.js';
import { handleMcpPost } from './mcp/mcp-endpoint.js';
import { httpJsonRpcError } from './mcp/http-errors.js';
import { ErrorCodes } from './mcp/jsonrpc.js';
import type { McpRequestContext } from './mcp/request-context.js';
import { healthBody } from './health.js';
import { routeOAuth } from './oauth/routes.js';
import { gateMcpCredential } from './oauth/mcp-gate.js';
import { SelectionError, selectionFor } from './tools/selection.js';
import { logError } from './observability/logger.js';

/**
 * Routes one request: the top of the layers (docs/architecture.md#layers), the one file that knows every endpoint
 * (health, OAuth, /mcp). Order (docs/protocol.md#order-of-checks, docs/design-choices.md#paths-and-http): path → Origin →
 * toolset selection (docs/toolsets.md) → credential → method → the MCP POST pipeline.
 * `/.well-known/*` is a 404 on purpose while OAuth is off: a 200 there would send mcp-remote into OAuth discovery.
 * With OAuth on (docs/oauth.md) its routes answer first, and /mcp checks the credential after the selection.
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

  // --- OAuth (src/oauth/): its own routes, outside the /mcp Origin policy; undefined when OAuth is off.
  const oauthAnswer = isMcp || isHealth ? undefined : await routeOAuth(req, ctx.remainingTimeMs);
  if (oauthAnswer) return oauthAnswer;
  // ---

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
  // Toolset selection (header or the /mcp query; 400 when wrong) comes before the credential.
  const refused = readSelection(req, ctx);
  if (refused) return httpJsonRpcError(refused.status, null, refused.code, refused.message, cors);
  // --- OAuth (src/oauth/): the credential check; 401 only when OAuth is on.
  const credentialProblem = await gateMcpCredential(req, cors, ctx);
  if (credentialProblem) return credentialProblem;
  // ---
  if (req.method !== 'POST') return methodNotAllowed(req, cors, 'POST');
  return handleMcpPost(req, cors, ctx);
}

/** The query string's parameters; a repeated one is joined with "," (`?toolsets=a&toolsets=b`). */
function queryParameters(query: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const [name, value] of new URLSearchParams(query)) out[name] = out[name] === undefined ? value : `${out[name]},${value}`;
  return out;
}

/**
 * The request's toolsets, read-only mode and verbosity (docs/toolsets.md). A wrong choice is the caller's (400,
 * -32602); a wrong deployment setting fails every request loudly (500) rather than serving something else.
 */
function readSelection(req: HttpRequest, ctx: McpRequestContext): { status: number; code: number; message: string } | undefined {
  try {
    ctx.selection = selectionFor({ headers: req.headers, query: queryParameters(req.query) });
    return undefined;
  } catch (error) {
    if (!(error instanceof SelectionError)) throw error;
    if (error.status === 500) {
      logError('invalid deployment setting', error, { path: req.path });
      return { status: 500, code: ErrorCodes.InternalError, message: error.message };
    }
    return { status: 400, code: ErrorCodes.InvalidParams, message: error.message };
  }
}

function methodNotAllowed(req: HttpRequest, cors: CorsContext, allow: string): HttpResponse {
  if (req.method === 'HEAD') return emptyResponse(405, cors, { Allow: allow });
  const response = httpJsonRpcError(405, null, ErrorCodes.TransportError, 'Method not allowed.', cors);
  response.headers.Allow = allow;
  return response;
}
