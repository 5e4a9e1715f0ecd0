/** Decodes a 2xx body: JSON, empty, or something we must refuse (HTML, malformed JSON). */
import { TiFluxUnreadableResponseError } from './errors.js';

/** `write`: the request was a POST/PUT/DELETE, so an unreadable answer means it was probably applied. */
export function decodeSuccessBody(text: string, contentType: string | undefined, action: string, status: number, write = false): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined; // 204, or an empty 200 on cancel/close
  if (/html/i.test(contentType ?? '') || trimmed.startsWith('<')) {
    throw new TiFluxUnreadableResponseError(action, 'an HTML page', status, write);
  }
  try {
    return JSON.parse(trimmed);
  } catch {
    throw new TiFluxUnreadableResponseError(action, 'malformed JSON', status, write);
  }
}
