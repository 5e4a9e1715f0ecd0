/**
 * The two discovery documents: protected resource metadata (RFC 9728) and authorization server metadata
 * (RFC 8414). This server is both, so each points at itself.
 */
import { CLIENT_AUTH_METHODS } from './clients.js';
import { resourceFor } from './public-url.js';

export function protectedResourceMetadata(issuer: string): Record<string, unknown> {
  return {
    resource: resourceFor(issuer),
    authorization_servers: [issuer],
    bearer_methods_supported: ['header'],
    resource_name: 'TiFlux MCP',
    resource_documentation: `${issuer}/health`,
  };
}

export function authorizationServerMetadata(issuer: string): Record<string, unknown> {
  return {
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    registration_endpoint: `${issuer}/register`,
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: [...CLIENT_AUTH_METHODS],
    client_id_metadata_document_supported: true,
    authorization_response_iss_parameter_supported: true,
    service_documentation: `${issuer}/health`,
  };
}
