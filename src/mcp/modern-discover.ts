/**
 * `server/discover` (docs/protocol.md#the-2026-route): what a 2026 client learns instead of an initialize handshake.
 * Built from constants only, so it cannot fail: a 5xx here makes mcp-remote exit ("Version negotiation failed").
 */
import { instructionsFor } from '../tools/instructions.js';
import type { ToolSelection } from '../tools/selection.js';
import { CACHE_HINTS, stampResult } from './modern-result.js';
import { MODERN_PROTOCOL_VERSIONS } from './protocol-versions.js';

/**
 * Only what the 2026 path serves: tools. No `listChanged` (it promises subscriptions/listen, a held-open stream a
 * buffered Lambda cannot give; mcp-remote would open one) and no `logging` (deprecated, and it needs a stream too).
 */
export const MODERN_CAPABILITIES = { tools: {} } as const;

export function discoverResult(selection: ToolSelection): Record<string, unknown> {
  return stampResult({
    // Modern versions only: 2025 clients negotiate through initialize, and every -32022 names this same list.
    supportedVersions: [...MODERN_PROTOCOL_VERSIONS],
    capabilities: MODERN_CAPABILITIES,
    instructions: instructionsFor(selection),
    ...CACHE_HINTS,
  });
}
