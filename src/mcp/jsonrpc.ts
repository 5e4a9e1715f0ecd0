/**
 * JSON-RPC 2.0 framing: message shapes, error codes, and the one place error responses are built.
 * Pure functions only; no HTTP here.
 */
import { isPlainObject } from '../plain-object.js';

export type JsonRpcId = string | number;

export const ErrorCodes = {
  ParseError: -32700,
  InvalidRequest: -32600,
  MethodNotFound: -32601,
  InvalidParams: -32602,
  InternalError: -32603,
  /** Implementation-defined transport errors (the SDK's choice for 406/415/413/405/bad version header). */
  TransportError: -32000,
  /** 2026-07-28: a standard header disagrees with the body or is missing. */
  HeaderMismatch: -32020,
  /** 2026-07-28: the request needs a client capability it did not declare. */
  MissingClientCapability: -32021,
  /** 2026-07-28: the protocol version is not served. */
  UnsupportedProtocolVersion: -32022,
} as const;

export interface JsonRpcRequest {
  jsonrpc: '2.0';
  id: JsonRpcId;
  method: string;
  params?: Record<string, unknown>;
}

export interface JsonRpcNotification {
  jsonrpc: '2.0';
  method: string;
  params?: Record<string, unknown>;
}

export interface JsonRpcError {
  code: number;
  message: string;
  data?: unknown;
}

export interface JsonRpcResponse {
  jsonrpc: '2.0';
  id: JsonRpcId | null;
  result?: Record<string, unknown>;
  error?: JsonRpcError;
}

/** What one parsed element of a POST body turned out to be. */
export type ClassifiedMessage =
  | { kind: 'request'; message: JsonRpcRequest }
  | { kind: 'notification'; message: JsonRpcNotification }
  | { kind: 'response' }
  | { kind: 'invalid'; reason: string };

/** An id must be a string or an integer; null, floats and objects make the message an Invalid Request. */
export function isValidId(id: unknown): id is JsonRpcId {
  return typeof id === 'string' || (typeof id === 'number' && Number.isSafeInteger(id));
}

export function classifyMessage(value: unknown): ClassifiedMessage {
  if (!isPlainObject(value)) return { kind: 'invalid', reason: 'a JSON-RPC message must be an object' };
  if (value.jsonrpc !== '2.0') return { kind: 'invalid', reason: 'jsonrpc must be exactly "2.0"' };
  const hasParams = 'params' in value;
  if (hasParams && !isPlainObject(value.params)) {
    // MCP messages always use by-name params; a positional or scalar params is not a valid MCP message.
    return { kind: 'invalid', reason: 'params must be an object' };
  }
  if ('method' in value) {
    if (typeof value.method !== 'string' || value.method.length === 0) {
      return { kind: 'invalid', reason: 'method must be a non-empty string' };
    }
    if (!('id' in value)) {
      return { kind: 'notification', message: value as unknown as JsonRpcNotification };
    }
    if (!isValidId(value.id)) return { kind: 'invalid', reason: 'id must be a string or an integer' };
    return { kind: 'request', message: value as unknown as JsonRpcRequest };
  }
  // A response posted back by the client (e.g. to a server request). We never send requests, so just accept it.
  const isResult = 'result' in value && !('error' in value);
  const isError = 'error' in value && !('result' in value) && isPlainObject(value.error);
  if ((isResult || isError) && (isValidId(value.id) || value.id === null)) return { kind: 'response' };
  return { kind: 'invalid', reason: 'not a request, notification or response' };
}

/** A caller's string quoted in an error (a claimed version, a header): clipped, so a 5 MB claim is not echoed. */
export function echoed(value: string, max = 100): string {
  return value.length <= max ? value : `${value.slice(0, max)}…(${value.length} chars)`;
}

export function errorResponse(id: JsonRpcId | null, code: number, message: string, data?: unknown): JsonRpcResponse {
  const error: JsonRpcError = data === undefined ? { code, message } : { code, message, data };
  return { jsonrpc: '2.0', id, error };
}

export function resultResponse(id: JsonRpcId, result: Record<string, unknown>): JsonRpcResponse {
  return { jsonrpc: '2.0', id, result };
}

/**
 * Thrown inside an SDK request handler to produce a JSON-RPC error with exactly this code and message (the SDK's
 * McpError would prefix the message with "MCP error <code>:").
 */
export class ProtocolError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}
