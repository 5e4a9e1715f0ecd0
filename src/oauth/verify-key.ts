/**
 * The authorize page checks the pasted key with one TiFlux call, `GET /users/me`, before issuing anything: a wrong
 * key is caught on the page (with the reason) instead of surfacing later as failing tool calls.
 */
import * as z from 'zod';
import { createTiFluxClient } from '../tiflux/client.js';
import { getOne } from '../tiflux/endpoint.js';
import { TiFluxError } from '../tiflux/errors.js';
import { apiPath } from '../tiflux/path.js';
import { lazySchemas } from '../tiflux/schemas/common.js';

const schemas = lazySchemas(() => ({ me: z.looseObject({ id: z.union([z.number(), z.string()]), name: z.string().nullish() }) }));

export type KeyCheck = { ok: true; userName: string | undefined } | { ok: false; reason: 'refused' | 'forbidden' | 'unavailable' };

export async function checkTiFluxKey(apiKey: string, remainingTimeMs: () => number): Promise<KeyCheck> {
  const tiflux = createTiFluxClient({ apiKey, remainingTimeMs });
  try {
    const me = await tiflux.use((transport) => ({
      read: () => getOne(transport, { path: apiPath`/users/me`, schema: schemas().me, action: 'read the current user' }),
    })).read();
    return { ok: true, userName: me.name ?? undefined };
  } catch (error) {
    if (error instanceof TiFluxError && error.kind === 'auth') return { ok: false, reason: 'refused' };
    if (error instanceof TiFluxError && error.kind === 'forbidden') return { ok: false, reason: 'forbidden' };
    return { ok: false, reason: 'unavailable' };
  }
}
