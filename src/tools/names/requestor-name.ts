/**
 * requestor_name → one requestor, with the shared tiers and disambiguation (pick-one.ts). Inside a client when one
 * is known (any key may list a client's requestors); across the organisation otherwise, which TiFlux allows only
 * for admin keys, so a non-admin is told to name the client too.
 */
import { collectAllPages } from '../../tiflux/paging.js';
import { TiFluxForbiddenError, type TiFluxClient } from '../../tiflux/client.js';
import { createRequestorsApi } from '../../tiflux/resources/requestors.js';
import type { Requestor } from '../../tiflux/schemas/people.js';
import { ToolError } from '../tool-error.js';
import { pickOne, type NameKind } from './pick-one.js';
import type { ResolvedName } from './resolvers.js';

function requestorKind(clientId: number | undefined): NameKind<Requestor> {
  return {
    argument: 'requestor_name',
    idArgument: 'requestor_id',
    noun: clientId ? `requestor of client ${clientId}` : 'requestor',
    plural: clientId ? `requestors of client ${clientId}` : 'requestors',
    namesOf: (requestor) => [requestor.name, requestor.email],
    describe: (requestor) =>
      `${requestor.id} · ${requestor.name}${requestor.email ? ` <${requestor.email}>` : ''}` +
      (requestor.client?.name ? ` (${requestor.client.name})` : ''),
  };
}

export async function resolveRequestor(tiflux: TiFluxClient, name: string, clientId?: number): Promise<ResolvedName> {
  const requestors = tiflux.use(createRequestorsApi);
  let candidates: Requestor[];
  if (clientId) {
    candidates = await collectAllPages((page) => requestors.listForClient(clientId, { ...page, name }));
    // TiFlux matches a substring with accents significant: with no hit, rank every requestor of the client ourselves.
    if (!candidates.length) candidates = await collectAllPages((page) => requestors.listForClient(clientId, page));
  } else {
    try {
      candidates = await collectAllPages((page) => requestors.listAll({ ...page, name }));
    } catch (error) {
      if (!(error instanceof TiFluxForbiddenError)) throw error;
      throw new ToolError(
        `requestor_name "${name}" can only be looked up across all clients with an admin key. Add client_name or ` +
          'client_id so the requestor is searched inside that client, or pass requestor_id.',
      );
    }
  }
  const requestor = pickOne(name, candidates, requestorKind(clientId));
  return { id: requestor.id, name: requestor.name };
}
