/** Turns the chat-list arguments into TiFlux's query, resolving client_name and requestor_name first. */
import type { TiFluxClient } from '../../tiflux/client.js';
import type { ChatListFilters } from '../../tiflux/resources/chats.js';
import { resolveClient } from '../names/resolvers.js';
import { resolveRequestor } from '../names/requestor-name.js';

export interface ChatFilterArgs {
  department_id?: number;
  client_id?: number;
  client_name?: string;
  requestor_id?: number;
  requestor_name?: string;
  number?: string;
  origins?: string;
  started_by?: string;
  created_at_start?: string;
  created_at_end?: string;
}

export interface ResolvedChatFilters {
  query: ChatListFilters;
  /** "client Padaria Pão Quente (id 801)": what the names became, for the answer's heading. */
  resolved: string[];
}

export async function chatFilterQuery(tiflux: TiFluxClient, args: ChatFilterArgs): Promise<ResolvedChatFilters> {
  const resolved: string[] = [];
  let clientId = args.client_id;
  // An id always wins over a name.
  if (clientId === undefined && args.client_name) {
    const client = await resolveClient(tiflux, args.client_name);
    clientId = client.id;
    resolved.push(`client ${client.name} (id ${client.id})`);
  }
  let requestorId = args.requestor_id;
  if (requestorId === undefined && args.requestor_name) {
    const requestor = await resolveRequestor(tiflux, args.requestor_name, clientId);
    requestorId = requestor.id;
    resolved.push(`requestor ${requestor.name} (id ${requestor.id})`);
  }
  return {
    query: {
      department_id: args.department_id,
      client_id: clientId,
      requestor_id: requestorId,
      number: args.number,
      origins: args.origins,
      started_by: args.started_by,
      created_at_start: args.created_at_start,
      created_at_end: args.created_at_end,
    },
    resolved,
  };
}
