/**
 * 2026-07-28 standard request headers against the body (docs/protocol.md#2026-headers). Each check returns the
 * problem as text (the caller answers 400 + -32020 HeaderMismatch) or undefined when the headers are fine.
 * Header values are compared case-sensitively after stripping optional whitespace; names arrive lower-cased.
 */
import { echoed } from './jsonrpc.js';
import type { JsonRpcRequest } from './jsonrpc.js';
import { decodeMcpName, headerValue } from './modern-header-values.js';
import { isServedModernVersion } from './protocol-versions.js';

export const VERSION_HEADER = 'mcp-protocol-version';
export const METHOD_HEADER = 'mcp-method';
export const NAME_HEADER = 'mcp-name';

export type VersionCrossCheck = { ok: true; note?: string } | { ok: false; problem: string };

/**
 * Claude's connector sends `MCP-Protocol-Version: 2025-11-25` with 2026-07-28 bodies (docs/protocol.md#client-behaviour).
 * The revision wants 400 -32020 for it; docs/design-choices.md#protocol-versions serves that one combination leniently
 * (and logs it) unless MCP_STRICT_HEADERS=true. Any other disagreement is a mismatch.
 */
const LENIENT_HEADER = /^2025-\d{2}-\d{2}$/;

/** docs/protocol.md#telling-the-eras-apart step 6b.2: a version header that is present must equal the body's claim. An absent one is judged later. */
export function crossCheckVersionHeader(header: string | undefined, claim: string, strict: boolean): VersionCrossCheck {
  if (header === undefined || header === claim) return { ok: true };
  if (!strict && isServedModernVersion(claim) && LENIENT_HEADER.test(header)) {
    return {
      ok: true,
      note: `MCP-Protocol-Version ${echoed(header)} sent with a ${echoed(claim)} body; served as ${echoed(claim)} (set MCP_STRICT_HEADERS=true to refuse)`,
    };
  }
  return {
    ok: false,
    problem: `MCP-Protocol-Version header (${echoed(header)}) does not match the body's io.modelcontextprotocol/protocolVersion (${echoed(claim)})`,
  };
}

/** docs/protocol.md#telling-the-eras-apart step 6b.3 (and modern notifications): an Mcp-Method that is present must equal the body's method. */
export function crossCheckMethodHeader(headers: Readonly<Record<string, string>>, method: string): string | undefined {
  const value = headerValue(headers, METHOD_HEADER);
  if (value === undefined || value === method) return undefined;
  return `Mcp-Method header (${value}) does not match the body's method (${method})`;
}

/** Which body field `Mcp-Name` mirrors, per method. Other methods ignore an Mcp-Name header. */
const NAME_SOURCE: ReadonlyMap<string, 'name' | 'uri'> = new Map<string, 'name' | 'uri'>([
  ['tools/call', 'name'],
  ['prompts/get', 'name'],
  ['resources/read', 'uri'],
]);

/**
 * docs/protocol.md#the-2026-route step 2, requests only: the standard headers must all be present, and `Mcp-Name` must mirror the
 * body. `Mcp-Name` is only enforced when the body carries the name or uri as a string; a body without one fails
 * params validation later (-32602), which is the more useful error.
 */
export function checkRequiredRequestHeaders(headers: Readonly<Record<string, string>>, request: JsonRpcRequest): string | undefined {
  // An empty value is as missing as an absent header (era.ts reads an empty version header as absent, too).
  if (!headerValue(headers, VERSION_HEADER)) {
    return 'The required MCP-Protocol-Version header is missing';
  }
  if (!headerValue(headers, METHOD_HEADER)) {
    return 'The required Mcp-Method header is missing';
  }
  const source = NAME_SOURCE.get(request.method);
  const params = request.params;
  const expected = source === undefined || params === undefined || !Object.hasOwn(params, source) ? undefined : params[source];
  if (typeof expected !== 'string') return undefined;

  const raw = headerValue(headers, NAME_HEADER);
  if (raw === undefined) return `The required Mcp-Name header is missing (it must carry params.${source})`;
  const decoded = decodeMcpName(raw);
  if (!decoded.ok) return `Mcp-Name header is invalid: ${decoded.problem}`;
  if (decoded.value !== expected) {
    return `Mcp-Name header (${decoded.value}) does not match the body's params.${source} (${expected})`;
  }
  return undefined;
}
