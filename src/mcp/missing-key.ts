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

/**
 * TiFlux keys are short printable tokens. Anything else (a pasted multi-kilobyte blob, a key with spaces or
 * non-ASCII characters, often a broken `${VAR}` substitution) would only earn a confusing upstream error such as
 * HTTP 431, or be refused by Node before sending; name the header instead.
 */
const MAX_API_KEY_LENGTH = 512;
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;

export function isPlausibleApiKey(apiKey: string): boolean {
  return apiKey.length <= MAX_API_KEY_LENGTH && PRINTABLE_ASCII.test(apiKey);
}

export function malformedApiKeyResult(): CallToolResult {
  return {
    isError: true,
    content: [
      {
        type: 'text',
        text:
          'The API key sent in `x-tiflux-api-key` (or `x-api-key` / `Authorization: Bearer`) does not look like a ' +
          `TiFlux key: keys are at most ${MAX_API_KEY_LENGTH} printable ASCII characters without spaces. Check that ` +
          'the header carries only the key, e.g. that `${TIFLUX_API_KEY}` was replaced by its value.',
      },
    ],
  };
}
