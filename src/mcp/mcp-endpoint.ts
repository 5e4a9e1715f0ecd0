import type { HttpRequest, HttpResponse } from '../http/types.js';
import { isJsonContentType } from '../http/accept.js';
import type { CorsContext } from '../http/response-builder.js';
import { maxBodyBytes } from '../config.js';
import { classifyEra } from './era.js';
import { httpJsonRpcError } from './http-errors.js';
import { ErrorCodes } from './jsonrpc.js';
import { serveLegacy } from './legacy-endpoint.js';
import { serveModern } from './modern-endpoint.js';
import type { McpRequestContext } from './request-context.js';

/**
 * POST on the MCP endpoint: media type, size and JSON checks shared by both eras, then the era decides the rest.
 */
export async function handleMcpPost(req: HttpRequest, cors: CorsContext, ctx: McpRequestContext): Promise<HttpResponse> {
  if (!isJsonContentType(req.headers['content-type'])) {
    return httpJsonRpcError(415, null, ErrorCodes.TransportError, 'Unsupported Media Type: Content-Type must be application/json', cors);
  }
  const limit = maxBodyBytes();
  if (req.bodyBytes > limit) {
    return httpJsonRpcError(413, null, ErrorCodes.TransportError, `Payload Too Large: the body exceeds ${limit} bytes`, cors);
  }
  let body: unknown;
  try {
    body = JSON.parse(req.body);
  } catch {
    return httpJsonRpcError(400, null, ErrorCodes.ParseError, 'Parse error: Invalid JSON', cors);
  }

  const decision = classifyEra(body, req.headers);
  switch (decision.era) {
    case 'rejected': {
      const r = decision.rejection;
      return httpJsonRpcError(r.status, r.id, r.code, r.message, cors, r.data);
    }
    case 'modern':
      return serveModern(req, cors, ctx, decision);
    case 'legacy-single':
      return serveLegacy(req, cors, ctx, decision);
    case 'legacy-batch':
      return serveLegacy(req, cors, ctx, decision);
  }
}
