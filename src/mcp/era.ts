/**
 * Decides, per POST, which protocol era serves it, in the order of docs/protocol.md#telling-the-eras-apart (steps 4–8; steps 1–3 run
 * before, in router.ts and mcp-endpoint.ts, and step 9 after, in modern-endpoint.ts) as settled by docs/design-choices.md#protocol-versions.
 * The body decides first: a body carrying the 2026 `_meta` protocolVersion claim is a 2026 message whatever its
 * header says; the header only cross-checks it ("a proxy stripping the header must not change the era").
 * Bodies without the claim keep the 2025 rules exactly.
 */
import { classifyMessage, ErrorCodes } from './jsonrpc.js';
import type { ClassifiedMessage, JsonRpcId } from './jsonrpc.js';
import { strictHeaders } from '../config.js';
import { isPlainObject } from '../plain-object.js';
import {
  describeEnvelopeProblem,
  META_KEYS,
  missingRequestMetaKeys,
  readClaim,
  validateNotificationEnvelope,
  validateRequestEnvelope,
} from './modern-envelope.js';
import { headerValue } from './modern-header-values.js';
import { crossCheckMethodHeader, crossCheckVersionHeader, VERSION_HEADER } from './modern-headers.js';
import {
  allowsBatches,
  DEFAULT_LEGACY_VERSION,
  isLegacyVersion,
  isModernVersionString,
  LEGACY_PROTOCOL_VERSIONS,
  MODERN_PROTOCOL_VERSIONS,
} from './protocol-versions.js';

export interface Rejection {
  status: number;
  id: JsonRpcId | null;
  code: number;
  message: string;
  data?: unknown;
}

export type ModernMessage = ClassifiedMessage & { kind: 'request' | 'notification' };

export type EraDecision =
  | { era: 'legacy-single'; version: string; message: ClassifiedMessage }
  | { era: 'legacy-batch'; version: string; messages: unknown[] }
  /**
   * `claim` is the body's (well-typed) protocolVersion; undefined only for a claimless notification sent with a
   * 2026 header. `note` is set when the request was served leniently and the log line should say so.
   */
  | { era: 'modern'; message: ModernMessage; claim: string | undefined; note?: string }
  | { era: 'rejected'; rejection: Rejection };

type HeaderMap = Readonly<Record<string, string>>;

function reject(status: number, id: JsonRpcId | null, code: number, message: string, data?: unknown): EraDecision {
  return { era: 'rejected', rejection: data === undefined ? { status, id, code, message } : { status, id, code, message, data } };
}

export function hasModernClaim(value: unknown): boolean {
  return isPlainObject(value) && readClaim(value.params).present;
}

function unsupportedHeader(header: string): EraDecision {
  return reject(
    400,
    null,
    ErrorCodes.TransportError,
    `Bad Request: Unsupported protocol version: ${header} (supported versions: ${LEGACY_PROTOCOL_VERSIONS.join(', ')})`,
  );
}

/** Revisions are dates; SDK v2 files any later string under the modern era, but only a body's claim may do that. */
const REVISION_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A claimless request whose header is not even shaped like a revision ("garbage"): say so, rather than treating it
 * as a future revision whose envelope is missing.
 */
function notAVersion(header: string, id: JsonRpcId | null = null): EraDecision {
  return reject(
    400,
    id,
    ErrorCodes.TransportError,
    `Bad Request: the MCP-Protocol-Version header value ${JSON.stringify(header.slice(0, 100))} is not a protocol version ` +
      `(supported versions: ${[...MODERN_PROTOCOL_VERSIONS, ...LEGACY_PROTOCOL_VERSIONS].join(', ')})`,
    { supported: [...MODERN_PROTOCOL_VERSIONS, ...LEGACY_PROTOCOL_VERSIONS], requested: header.slice(0, 100) },
  );
}

/** @param headerMap the request headers, names lower-cased. */
export function classifyEra(body: unknown, headerMap: HeaderMap): EraDecision {
  // Read like every other MCP header (OWS stripped, modern-header-values.ts); an empty value counts as absent.
  const header = headerValue(headerMap, VERSION_HEADER) || undefined;
  if (Array.isArray(body)) return classifyBatch(body, header);

  const message = classifyMessage(body);
  if (message.kind === 'invalid') {
    return reject(400, null, ErrorCodes.InvalidRequest, `Invalid Request: ${message.reason}`);
  }
  if (message.kind === 'request') return classifyRequest(message, header, headerMap);
  if (message.kind === 'notification') {
    if (readClaim(message.message.params).present) return classifyClaimBearing(message, header, headerMap);
    if (header !== undefined && isModernVersionString(header)) {
      // A claimless notification under a 2026 header: nothing to serve, so only Mcp-Method can be wrong (→ 202).
      const problem = crossCheckMethodHeader(headerMap, message.message.method);
      if (problem) return reject(400, null, ErrorCodes.HeaderMismatch, problem);
      return { era: 'modern', message, claim: undefined };
    }
  }
  // Legacy notifications and client responses: only the header can be wrong.
  if (header !== undefined && !isLegacyVersion(header) && !isModernVersionString(header)) return unsupportedHeader(header);
  return { era: 'legacy-single', version: header ?? DEFAULT_LEGACY_VERSION, message };
}

function classifyRequest(message: ModernMessage & { kind: 'request' }, header: string | undefined, headers: HeaderMap): EraDecision {
  const { id, method, params } = message.message;
  const claim = readClaim(params);
  const modernClaim = claim.present && typeof claim.value === 'string' && isModernVersionString(claim.value);

  if (method === 'initialize' && !modernClaim) {
    // The header is never checked on a legacy initialize (negotiation happens in the body), except that a
    // 2026 header with a legacy handshake body contradicts itself.
    if (header !== undefined && isModernVersionString(header)) {
      return reject(400, id, ErrorCodes.HeaderMismatch, 'An initialize request (the 2025 handshake) was sent with a 2026 MCP-Protocol-Version header');
    }
    return { era: 'legacy-single', version: header ?? DEFAULT_LEGACY_VERSION, message };
  }
  if (claim.present) return classifyClaimBearing(message, header, headers);
  if (header === undefined) return { era: 'legacy-single', version: DEFAULT_LEGACY_VERSION, message };
  if (!REVISION_SHAPE.test(header)) return notAVersion(header, id);
  if (isModernVersionString(header)) {
    const missing = missingRequestMetaKeys(params);
    return reject(
      400,
      id,
      ErrorCodes.InvalidParams,
      `The request is missing the required per-request envelope key(s) for protocol revision ${header}: ${missing.join(', ')}`,
      { envelope: { missing } },
    );
  }
  if (!isLegacyVersion(header)) return unsupportedHeader(header);
  return { era: 'legacy-single', version: header, message };
}

/**
 * docs/protocol.md#telling-the-eras-apart step 6b (requests) and 7 (notifications) for a body with a claim: envelope → version header → Mcp-Method.
 * Whether the claimed version is served is the modern route's first question (-32022), not this one.
 */
function classifyClaimBearing(message: ModernMessage, header: string | undefined, headers: HeaderMap): EraDecision {
  const id = message.kind === 'request' ? message.message.id : null;
  const params = message.message.params;
  const problem = message.kind === 'request' ? validateRequestEnvelope(params) : validateNotificationEnvelope(params);
  const claimValue = readClaim(params);
  const claim = claimValue.present && typeof claimValue.value === 'string' ? claimValue.value : undefined;
  if (problem !== undefined || claim === undefined) {
    const envelope = problem ?? { key: META_KEYS.protocolVersion, problem: 'must be a non-empty string' };
    return reject(400, id, ErrorCodes.InvalidParams, describeEnvelopeProblem(envelope, claim ?? 'unknown'), { envelope });
  }
  const version = crossCheckVersionHeader(header, claim, strictHeaders());
  if (!version.ok) return reject(400, id, ErrorCodes.HeaderMismatch, version.problem);
  const methodProblem = crossCheckMethodHeader(headers, message.message.method);
  if (methodProblem) return reject(400, id, ErrorCodes.HeaderMismatch, methodProblem);
  return version.note === undefined ? { era: 'modern', message, claim } : { era: 'modern', message, claim, note: version.note };
}

function classifyBatch(body: unknown[], header: string | undefined): EraDecision {
  if (body.length === 0) return reject(400, null, ErrorCodes.InvalidRequest, 'Invalid Request: an empty batch is not allowed');
  if (body.some(hasModernClaim)) {
    return reject(400, null, ErrorCodes.InvalidRequest, 'Invalid Request: batches may not contain 2026-07-28 requests');
  }
  if (header !== undefined && !REVISION_SHAPE.test(header)) return notAVersion(header);
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
