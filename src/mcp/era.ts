import { classifyMessage, ErrorCodes } from './jsonrpc.js';
import type { ClassifiedMessage, JsonRpcId } from './jsonrpc.js';
import {
  allowsBatches,
  DEFAULT_LEGACY_VERSION,
  isLegacyVersion,
  isModernVersionString,
  LEGACY_PROTOCOL_VERSIONS,
} from './protocol-versions.js';

/**
 * Decides, per POST, which protocol era serves it (mcp-2026-07-28.md §2, decisions.md "Errors: which channel").
 * The body decides first: a body carrying the 2026 `_meta` protocolVersion claim is a 2026 request whatever its
 * header says. The header only cross-checks. Legacy (2025) traffic keeps the 2025 rules exactly.
 */
export const PROTOCOL_VERSION_META_KEY = 'io.modelcontextprotocol/protocolVersion';

export interface Rejection {
  status: number;
  id: JsonRpcId | null;
  code: number;
  message: string;
  data?: unknown;
}

export type EraDecision =
  | { era: 'legacy-single'; version: string; message: ClassifiedMessage }
  | { era: 'legacy-batch'; version: string; messages: unknown[] }
  | { era: 'modern'; message: ClassifiedMessage & { kind: 'request' | 'notification' } }
  | { era: 'rejected'; rejection: Rejection };

function reject(status: number, id: JsonRpcId | null, code: number, message: string): EraDecision {
  return { era: 'rejected', rejection: { status, id, code, message } };
}

export function hasModernClaim(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const params = (value as { params?: unknown }).params;
  if (params === null || typeof params !== 'object') return false;
  const meta = (params as { _meta?: unknown })._meta;
  return meta !== null && typeof meta === 'object' && PROTOCOL_VERSION_META_KEY in meta;
}

function unsupportedHeader(header: string): EraDecision {
  return reject(
    400,
    null,
    ErrorCodes.TransportError,
    `Bad Request: Unsupported protocol version: ${header} (supported versions: ${LEGACY_PROTOCOL_VERSIONS.join(', ')})`,
  );
}

export function classifyEra(body: unknown, versionHeader: string | undefined): EraDecision {
  const header = versionHeader?.trim() || undefined;
  if (Array.isArray(body)) return classifyBatch(body, header);

  const message = classifyMessage(body);
  if (message.kind === 'invalid') {
    return reject(400, null, ErrorCodes.InvalidRequest, `Invalid Request: ${message.reason}`);
  }
  const claim = hasModernClaim(body);

  if (message.kind === 'request') {
    const { id, method } = message.message;
    if (method === 'initialize' && !claim) {
      // The header is never checked on a legacy initialize (negotiation happens in the body), except that a
      // 2026 header with a legacy handshake body contradicts itself.
      if (header !== undefined && isModernVersionString(header)) {
        return reject(400, id, ErrorCodes.HeaderMismatch, 'An initialize request (the 2025 handshake) was sent with a 2026 MCP-Protocol-Version header');
      }
      return { era: 'legacy-single', version: header ?? DEFAULT_LEGACY_VERSION, message };
    }
    if (claim) return { era: 'modern', message };
    if (header === undefined) return { era: 'legacy-single', version: DEFAULT_LEGACY_VERSION, message };
    if (isModernVersionString(header)) {
      return reject(400, id, ErrorCodes.InvalidParams, `The request is missing the required per-request envelope (params._meta) for protocol revision ${header}`);
    }
    if (!isLegacyVersion(header)) return unsupportedHeader(header);
    return { era: 'legacy-single', version: header, message };
  }

  if (message.kind === 'notification') {
    if (claim) return { era: 'modern', message };
    if (header !== undefined && isModernVersionString(header)) return { era: 'modern', message };
  }
  // Legacy notifications and client responses: only the header can be wrong.
  if (header !== undefined && !isLegacyVersion(header) && !isModernVersionString(header)) return unsupportedHeader(header);
  return { era: 'legacy-single', version: header ?? DEFAULT_LEGACY_VERSION, message };
}

function classifyBatch(body: unknown[], header: string | undefined): EraDecision {
  if (body.length === 0) return reject(400, null, ErrorCodes.InvalidRequest, 'Invalid Request: an empty batch is not allowed');
  if (body.some(hasModernClaim)) {
    return reject(400, null, ErrorCodes.InvalidRequest, 'Invalid Request: batches may not contain 2026-07-28 requests');
  }
  if (header !== undefined && !isLegacyVersion(header) && !isModernVersionString(header)) return unsupportedHeader(header);
  const version = header ?? DEFAULT_LEGACY_VERSION;
  if (isModernVersionString(version) || !allowsBatches(version)) {
    return reject(400, null, ErrorCodes.InvalidRequest, `Invalid Request: JSON-RPC batches are not supported in protocol revision ${version}`);
  }
  const hasInitialize = body.some((m) => {
    const c = classifyMessage(m);
    return c.kind === 'request' && c.message.method === 'initialize';
  });
  if (hasInitialize) {
    return reject(400, null, ErrorCodes.InvalidRequest, 'Invalid Request: initialize must not be part of a batch');
  }
  return { era: 'legacy-batch', version, messages: body };
}
