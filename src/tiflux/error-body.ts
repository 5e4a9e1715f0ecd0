/**
 * Reads what is safe to keep from a TiFlux error body: `error_code` and the field messages of `detail`
 * (`{ "error_code": 42202, "detail": { "name": ["has already been taken"] } }`). Everything is bounded and stripped
 * of markup; HTML pages and unparseable bodies yield nothing, so raw upstream text never reaches a user.
 */
import type { ValidationDetail } from './errors.js';
import { isPlainObject } from '../plain-object.js';

export interface ErrorBodySummary {
  errorCode: number | undefined;
  details: ValidationDetail[];
}

const MAX_FIELDS = 10;
const MAX_MESSAGES_PER_FIELD = 3;
const MAX_MESSAGE_LENGTH = 200;
const FIELD_NAME = /^[A-Za-z0-9_.[\]-]{1,64}$/;

export function summariseErrorBody(text: string): ErrorBodySummary {
  const empty: ErrorBodySummary = { errorCode: undefined, details: [] };
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || trimmed.length > 100_000) return empty;
  let body: unknown;
  try {
    body = JSON.parse(trimmed);
  } catch {
    return empty;
  }
  if (!isPlainObject(body)) return empty;
  return { errorCode: readErrorCode(body.error_code), details: readDetails(body) };
}

function readErrorCode(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 10000 && value <= 59999) return value;
  if (typeof value === 'string' && /^[1-5]\d{4}$/.test(value)) return Number(value);
  return undefined;
}

function readDetails(body: Record<string, unknown>): ValidationDetail[] {
  const details: ValidationDetail[] = [];
  const { detail } = body;
  if (isPlainObject(detail)) {
    for (const [field, value] of Object.entries(detail)) {
      if (details.length >= MAX_FIELDS) break;
      const messages = toMessages(value);
      if (messages.length) details.push({ field: FIELD_NAME.test(field) ? field : 'field', messages });
    }
  } else {
    const messages = toMessages(detail);
    if (messages.length) details.push({ field: '', messages });
  }
  // Some bodies may carry a human sentence beside (or instead of) detail; its key is unknown (docs/tiflux-rest-api.md#open-questions, q1).
  if (details.length === 0) {
    for (const key of ['message', 'error', 'errors']) {
      const messages = toMessages(body[key]);
      if (messages.length) {
        details.push({ field: '', messages });
        break;
      }
    }
  }
  return details;
}

function toMessages(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .filter((item): item is string | number => typeof item === 'string' || typeof item === 'number')
    .map((item) => clean(String(item)))
    .filter((item) => item.length > 0)
    .slice(0, MAX_MESSAGES_PER_FIELD);
}

function clean(message: string): string {
  const plain = message
    .replace(/<[^>]*>/g, ' ')
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > MAX_MESSAGE_LENGTH ? `${plain.slice(0, MAX_MESSAGE_LENGTH)}…` : plain;
}
