/**
 * Deletes that say what they deleted, and say so again without failing: the record is read first (so the answer
 * can show it), then deleted. When it is not there, the client is checked: a missing client is an error, a missing
 * record of an existing client is "already gone" (a repeated delete reaches the state asked for).
 */
import { TiFluxNotFoundError, type TiFluxClient } from '../../tiflux/client.js';
import { createClientRecordsApi } from '../../tiflux/resources/client-records.js';
import { withPermission } from './permissions.js';

export type DeleteOutcome<T> = { deleted: T } | { gone: true };

export async function deleteOnce<T>(
  tiflux: TiFluxClient,
  clientId: number,
  action: string,
  read: () => Promise<T>,
  remove: () => Promise<void>,
): Promise<DeleteOutcome<T>> {
  const alreadyGone = async (): Promise<DeleteOutcome<T>> => {
    await tiflux.use(createClientRecordsApi).get(clientId); // a missing client throws its own 404
    return { gone: true };
  };
  let record: T;
  try {
    record = await read();
  } catch (error) {
    if (error instanceof TiFluxNotFoundError) return alreadyGone();
    throw error;
  }
  try {
    await withPermission(action, 'manage clients', remove);
  } catch (error) {
    // Deleted by someone else between our read and our delete.
    if (error instanceof TiFluxNotFoundError) return { gone: true };
    throw error;
  }
  return { deleted: record };
}
