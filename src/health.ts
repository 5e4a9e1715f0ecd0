import { SERVER_NAME, SERVER_VERSION } from './version.js';
import { LEGACY_PROTOCOL_VERSIONS, MODERN_PROTOCOL_VERSIONS } from './mcp/protocol-versions.js';

/** GET /health: no key, no TiFlux call; enough for a load balancer or a person checking a deployment. */
export function healthBody(): Record<string, unknown> {
  return {
    status: 'ok',
    service: SERVER_NAME,
    version: SERVER_VERSION,
    endpoint: '/mcp',
    protocolVersions: [...MODERN_PROTOCOL_VERSIONS, ...LEGACY_PROTOCOL_VERSIONS],
    runtime: `node ${process.versions.node}`,
  };
}
