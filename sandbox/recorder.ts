// The log of API requests the sandbox received, for tests to assert on ("exactly one POST /tickets").
// It never holds a raw key: only its fingerprint.

import type { IncomingHttpHeaders } from 'node:http';
import type { FaultKind } from './faults.js';
import type { ParsedBody } from './http/body.js';

export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string | undefined;
  size: number;
}

export interface RecordedRequest {
  /** Order of arrival, from 1. */
  sequence: number;
  method: string;
  /** Path relative to the API base, after URL normalisation: "/tickets/84429". */
  path: string;
  /** The request target exactly as sent (before normalisation), to catch "1/../../users" style paths. */
  rawUrl: string;
  query: Record<string, string>;
  contentType: string | undefined;
  /** How the body was decoded: none, json, form, multipart, other (unknown encoding) or invalid (did not parse). */
  bodyKind: ParsedBody['kind'] | 'invalid';
  /** Text fields of form and multipart bodies. */
  fields: Record<string, string>;
  /** File parts of multipart bodies (without their bytes). */
  files: RecordedFile[];
  /** The parsed JSON body, if any. */
  json: unknown;
  /** First 8 hex chars of SHA-256 of the bearer key; null when no bearer key was sent. */
  keyFingerprint: string | null;
  /** Request headers, with Authorization and API-key headers removed. */
  headers: Record<string, string>;
  receivedAt: string;
  /** Status sent back; null while pending, or when the connection was reset or left hanging. */
  status: number | null;
  /** The fault applied to this request, if any. */
  fault: FaultKind | null;
}

/**
 * The log keeps the most recent requests only: a demo or benchmark that runs for hours must not look like a leak.
 * Tests see far fewer requests than this between resets.
 */
export const MAX_RECORDED_REQUESTS = 5_000;

export function appendRecord(log: RecordedRequest[], record: RecordedRequest): void {
  log.push(record);
  if (log.length > MAX_RECORDED_REQUESTS) log.splice(0, log.length - MAX_RECORDED_REQUESTS);
}

const SECRET_HEADERS = new Set(['authorization', 'x-tiflux-api-key', 'x-api-key', 'cookie']);

export function safeHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (SECRET_HEADERS.has(name) || value === undefined) continue;
    result[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return result;
}

export function describeBody(body: ParsedBody | undefined): Pick<RecordedRequest, 'bodyKind' | 'fields' | 'files' | 'json'> {
  if (!body) return { bodyKind: 'invalid', fields: {}, files: [], json: undefined };
  switch (body.kind) {
    case 'json':
      return { bodyKind: 'json', fields: {}, files: [], json: body.value };
    case 'form':
      return { bodyKind: 'form', fields: { ...body.fields }, files: [], json: undefined };
    case 'multipart':
      return {
        bodyKind: 'multipart',
        fields: { ...body.fields },
        files: body.files.map((file) => ({
          field: file.field, filename: file.filename, contentType: file.contentType, size: file.data.length,
        })),
        json: undefined,
      };
    default:
      return { bodyKind: body.kind, fields: {}, files: [], json: undefined };
  }
}
