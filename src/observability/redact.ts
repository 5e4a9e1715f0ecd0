/**
 * Last line of defence for text that goes to the log (error messages, stacks): removes the caller's key wherever
 * it appears, and anything shaped like a credential header or a bearer token. Code should never put a key in an
 * error in the first place; this catches the day a dependency does.
 */
const CREDENTIAL_HEADER = /\b(x-tiflux-api-key|x-api-key|authorization|cookie)(["']?\s*[:=]\s*["']?)(?:bearer\s+)?[^\s"',;}]+/gi;
const BEARER_TOKEN = /\bbearer\s+[A-Za-z0-9._~+/=-]{4,}/gi;

export const REDACTED = '[redacted]';

export function redactSecrets(text: string, apiKey?: string): string {
  let out = text;
  if (apiKey && apiKey.length >= 4) out = out.split(apiKey).join(REDACTED);
  return out.replace(CREDENTIAL_HEADER, `$1$2${REDACTED}`).replace(BEARER_TOKEN, `Bearer ${REDACTED}`);
}
