// Reading write payloads. Form and multipart bodies carry strings; JSON bodies carry typed values. Both go through
// the same checks, and every problem found is reported at once as a 422 with field details, like the API does.

import { invalid, refused } from './api-response.js';
import type { ParsedBody, UploadedFile } from './body.js';

export type Fields = Record<string, unknown>;

/** The body's fields: form/multipart text fields, or the top-level keys of a JSON object. */
export function fieldsOf(body: ParsedBody): Fields {
  switch (body.kind) {
    case 'form':
    case 'multipart':
      return body.fields;
    case 'json':
      if (typeof body.value !== 'object' || body.value === null || Array.isArray(body.value)) {
        throw invalid({ base: ['the JSON body must be an object'] });
      }
      return body.value as Fields;
    default:
      return {};
  }
}

/** Files sent as `files[]` parts: the only field name the API reads files from (docs/tiflux-rest-api.md#body-encodings). */
export function uploadedFiles(body: ParsedBody): UploadedFile[] {
  return body.kind === 'multipart' ? body.files.filter((file) => file.field === 'files[]') : [];
}

/** Collects field errors; `check()` throws them all as one 422. */
export class FieldErrors {
  private readonly errors: Record<string, string[]> = {};

  add(field: string, message: string): void {
    (this.errors[field] ??= []).push(message);
  }

  get empty(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  /** 42201: parameter validation. */
  check(): void {
    if (!this.empty) throw invalid(this.errors);
  }

  /** 42202: business rules. */
  checkRules(): void {
    if (!this.empty) throw refused(this.errors);
  }
}

export function has(fields: Fields, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(fields, name);
}

/** A text field; undefined when absent. Blank values of required fields are reported. */
export function text(fields: Fields, name: string, errors: FieldErrors, required = false): string | undefined {
  const value = fields[name];
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    if (required) errors.add(name, "can't be blank");
    return typeof value === 'string' && !required ? value : undefined;
  }
  if (typeof value !== 'string') {
    errors.add(name, 'must be a string');
    return undefined;
  }
  return value;
}

/** An id: a positive integer, or its decimal string (form bodies). Absent and "" give undefined; null is reported. */
export function id(fields: Fields, name: string, errors: FieldErrors, options: { required?: boolean } = {}): number | undefined {
  const value = fields[name];
  if (value === undefined || value === '') {
    if (options.required) errors.add(name, "can't be blank");
    return undefined;
  }
  if (value === null) {
    errors.add(name, "can't be blank");
    return undefined;
  }
  return positiveInteger(value) ?? (errors.add(name, 'is not a valid id'), undefined);
}

/**
 * Like id(), but null is a value: it clears the field (e.g. `responsible_id: null` unassigns,
 * docs/tiflux-rest-api.md#tickets).
 */
export function nullableId(fields: Fields, name: string, errors: FieldErrors): number | null | undefined {
  return fields[name] === null ? null : id(fields, name, errors);
}

function positiveInteger(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  if (typeof value === 'string' && /^\d+$/.test(value) && Number(value) > 0) return Number(value);
  return undefined;
}

/** A boolean sent as true/false (JSON) or "true"/"false" (form). */
export function flag(fields: Fields, name: string, errors: FieldErrors): boolean | undefined {
  const value = fields[name];
  if (value === undefined || value === '') return undefined;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  errors.add(name, 'must be true or false');
  return undefined;
}

const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

/** `followers`: comma-separated e-mails; "" means nobody (docs/tiflux-rest-api.md#tickets, rule 4). */
export function followerList(value: string, errors: FieldErrors): string | undefined {
  const emails = value.split(',').map((email) => email.trim()).filter((email) => email !== '');
  const bad = emails.filter((email) => !isEmail(email));
  if (bad.length > 0) {
    errors.add('followers', `contains invalid e-mails: ${bad.join(', ')}`);
    return undefined;
  }
  return emails.join(',');
}

/** Brazilian phone numbers with 10–13 digits once punctuation is removed. */
export function isPhone(value: string): boolean {
  const digits = value.replace(/[\s()+-]/g, '');
  return /^\d{8,13}$/.test(digits);
}
