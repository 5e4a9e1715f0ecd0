/** Query strings and form bodies: always URLSearchParams, never string concatenation. */

export type FieldValue = string | number | boolean | null | undefined;

/**
 * URLSearchParams from plain fields. Undefined, null and '' are left out (TiFlux treats an empty filter as a filter
 * on emptiness in places; the original only ever sent fields that had a value). Booleans become "true"/"false".
 */
export function toSearchParams(fields: Record<string, FieldValue>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined || value === null || value === '') continue;
    params.append(name, String(value));
  }
  return params;
}

/** The same fields as multipart text parts. */
export function toFormData(fields: Record<string, FieldValue>): FormData {
  const form = new FormData();
  for (const [name, value] of toSearchParams(fields)) form.append(name, value);
  return form;
}
