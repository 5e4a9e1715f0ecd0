/** client_id or client_name, for the tools that work inside one client's requestors. */
import type { TiFluxClient } from '../../tiflux/client.js';
import { resolveClient } from '../names/resolvers.js';
import { idParam, nameParam } from '../shared/params.js';
import { ToolError } from '../tool-error.js';

export interface ClientRef {
  id: number;
  name?: string;
}

export const clientArguments = () => ({
  client_id: idParam('Client id, or give client_name; the id wins.').optional(),
  client_name: nameParam('Client name, instead of client_id.').optional(),
});

export async function clientFromArguments(
  tiflux: TiFluxClient,
  toolName: string,
  args: { client_id?: number; client_name?: string },
): Promise<ClientRef> {
  if (args.client_id !== undefined) return { id: args.client_id };
  if (args.client_name !== undefined) return resolveClient(tiflux, args.client_name);
  throw new ToolError(`${toolName} works inside one client (requestors belong to a client): pass client_id or client_name.`);
}

export function clientLabel(client: ClientRef): string {
  return client.name ? `client ${client.name} (id ${client.id})` : `client ${client.id}`;
}
