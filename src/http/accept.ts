/**
 * Lenient Accept policy for JSON answers: an absent Accept, `*​/*`, `application/*` or `application/json` all accept
 * JSON (curl sends no Accept; the spec's "both types" rule is for clients). Only an Accept that leaves JSON out,
 * such as `text/event-stream` alone, is refused.
 */
export function acceptsJson(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  return accept.split(',').some((range) => {
    const [type = '', ...params] = range.split(';').map((p) => p.trim().toLowerCase());
    const refused = params.some((p) => /^q=0(\.0{0,3})?$/.test(p));
    return !refused && (type === 'application/json' || type === 'application/*' || type === '*/*');
  });
}

/** Content-Type must be application/json (parameters such as charset are fine). */
export function isJsonContentType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}
