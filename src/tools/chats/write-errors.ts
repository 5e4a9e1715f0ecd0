/** What a refused chat write means in TiFlux's terms, added to the client's own message. */
import { TiFluxForbiddenError, TiFluxValidationError } from '../../tiflux/client.js';
import { ToolError } from '../tool-error.js';

export async function withChatWriteHints<T>(write: () => Promise<T>, hints: { refused: string; forbidden?: string }): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof TiFluxValidationError) throw new ToolError(`${error.userMessage} ${hints.refused}`);
    if (error instanceof TiFluxForbiddenError && hints.forbidden) throw new ToolError(`${error.userMessage} ${hints.forbidden}`);
    throw error;
  }
}
