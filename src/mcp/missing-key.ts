import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

/**
 * A tools/call without a key is a tool error, never an HTTP 401: mcp-remote answers any 401 with a browser OAuth
 * sign-in, which is the wrong cure for a missing header.
 */
export function missingApiKeyResult(): CallToolResult {
  return {
    isError: true,
    content: [
      {
        type: 'text',
        text:
          'No TiFlux API key was sent, so this tool cannot reach TiFlux. Send your key in the `x-tiflux-api-key` ' +
          'HTTP header (`x-api-key` or `Authorization: Bearer <key>` also work). With mcp-remote, add ' +
          '`"--header", "x-tiflux-api-key:${TIFLUX_API_KEY}"` to its args. Get a key in TiFlux under ' +
          'Minha conta → Sessões → Sessões API.',
      },
    ],
  };
}
