/** A JSON object (not null, not an array): what every layer checks before reading members of untrusted input. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
