/**
 * A bare 403 says little. Tools that hit admin-only routes (or the Tickets licence) wrap the call so the answer
 * names what is missing, as docs/people.md describes.
 */
import { TiFluxForbiddenError } from '../../tiflux/client.js';
import { ToolError } from '../tool-error.js';

export async function explainForbidden<T>(call: () => Promise<T>, what: string, needs: string): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof TiFluxForbiddenError)) throw error;
    if (error.errorCode === 40304) {
      throw new ToolError(`TiFlux refused to ${what} (HTTP 403): the organisation has no active Tickets licence. Nothing was changed.`);
    }
    throw new ToolError(`TiFlux refused to ${what} (HTTP 403): ${needs}. Nothing was changed.`);
  }
}

/** The usual reason for the admin-only routes (/users, /users/{id}, global /requestors). */
export const ADMIN_KEY_NEEDED =
  'this needs the API key of a TiFlux administrator (the key\'s user is not an admin, or lacks user management)';
