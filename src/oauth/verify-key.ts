/**
 * The authorize page checks the pasted key with one TiFlux call, `GET /users/me`, before issuing anything: a wrong
 * key is caught on the page (with the reason) instead of surfacing later as failing tool calls.
 */
import { createTiFluxClient } from '../tiflux/client.js';
import { TiFluxError } from '../tiflux/errors.js';
import { createUserAccountsApi } from '../tiflux/resources/user-accounts.js';

export type KeyCheck = { ok: true; userName: string | undefined } | { ok: false; reason: 'refused' | 'forbidden' | 'unavailable' };

export async function checkTiFluxKey(apiKey: string, remainingTimeMs: () => number): Promise<KeyCheck> {
  const tiflux = createTiFluxClient({ apiKey, remainingTimeMs });
  try {
    const me = await tiflux.use(createUserAccountsApi).me();
    return { ok: true, userName: me.name ?? undefined };
  } catch (error) {
    if (error instanceof TiFluxError && error.kind === 'auth') return { ok: false, reason: 'refused' };
    if (error instanceof TiFluxError && error.kind === 'forbidden') return { ok: false, reason: 'forbidden' };
    return { ok: false, reason: 'unavailable' };
  }
}
