/**
 * The client a tool works on (the clients and requestors toolsets): TiFlux takes `client_id`; we also accept
 * `client_name`, resolved with the shared resolver (all pages, same tiers; an ambiguous or unknown name is an isError
 * listing candidates, nothing written).
 */
import type { TiFluxClient } from '../../tiflux/client.js';
import { resolveClient } from './resolvers.js';
import { idParam, nameParam } from '../shared/params.js';
import { ToolError } from '../tool-error.js';

export interface ClientRef {
  id: number;
  /** Known when the client was given by name. */
  name?: string;
}

export function clientArgs() {
  return {
    client_id: idParam('Client id, or give client_name; the id wins.').optional(),
    client_name: nameParam('Client by trade or company name, instead of client_id.').optional(),
  };
}

export async function clientFromArguments(
  tiflux: TiFluxClient,
  toolName: string,
  args: { client_id?: number; client_name?: string },
  /** Why the tool needs one, when it is not obvious: "requestors belong to a client". */
  why?: string,
): Promise<ClientRef> {
  if (args.client_id !== undefined) return { id: args.client_id };
  if (args.client_name !== undefined) return resolveClient(tiflux, args.client_name);
  throw new ToolError(`${toolName} needs a client${why ? ` (${why})` : ''}: pass client_id or client_name.`);
}

/** "client Padaria Pão Quente (id 801)" or "client 801". */
export function clientLabel(client: ClientRef): string {
  return client.name ? `client **${client.name}** (id ${client.id})` : `client ${client.id}`;
}
