import type { HttpRequest, HttpResponse } from '../http/types.js';
import type { CorsContext } from '../http/response-builder.js';
import { httpJsonRpcError } from './http-errors.js';
import { ErrorCodes } from './jsonrpc.js';
import type { ClassifiedMessage } from './jsonrpc.js';
import { MODERN_PROTOCOL_VERSIONS } from './protocol-versions.js';
import type { McpRequestContext } from './request-context.js';

/**
 * Revision 2026-07-28 (server/discover, the _meta envelope, Mcp-Method/Mcp-Name). Placeholder until that issue
 * lands: every modern message is refused as an unsupported version, which makes clients fall back to initialize.
 */
export async function serveModern(
  _req: HttpRequest,
  cors: CorsContext,
  ctx: McpRequestContext,
  message: ClassifiedMessage & { kind: 'request' | 'notification' },
): Promise<HttpResponse> {
  ctx.trace.era = 'modern';
  const id = message.kind === 'request' ? message.message.id : null;
  return httpJsonRpcError(400, id, ErrorCodes.UnsupportedProtocolVersion, 'Unsupported protocol version', cors, {
    supported: [],
    requested: MODERN_PROTOCOL_VERSIONS[0],
  });
}
