/**
 * Entry point of the TiFlux REST client: createTiFluxClient(call, { baseUrl, lookupMaxAgeMs }) → one object per API
 * resource, plus the cached name lookups. `call` is the CallContext (call-context.ts): key, deadline, attempt report.
 *
 * Cheap to import: axios (and the HTTP agents) arrive with a dynamic import on the first real upstream call
 * (http-runtime.ts), and the zod schemas are built on first use (schemas/common.ts). Build one client per request (it
 * only captures the key and the deadline); everything expensive (agents, axios, the lookup cache) is shared at
 * module level.
 *
 * Data objects are spelled as TiFlux spells them (snake_case), so tool arguments map onto them one to one.
 */
import { TiFluxAuthError, TiFluxInputError } from './errors.js';
import { forgetKey } from './lookup-cache.js';
import { apiKeyDigest, fingerprintOfDigest } from './key-hash.js';
import { createLookups, type Lookups } from './lookups.js';
import { createCatalogItemsApi, type CatalogItemsApi } from './resources/catalog-items.js';
import { createClientsApi, type ClientsApi } from './resources/clients.js';
import { createDesksApi, type DesksApi } from './resources/desks.js';
import { createInternalCommunicationsApi, type InternalCommunicationsApi } from './resources/internal-communications.js';
import { createTicketAnswersApi, type TicketAnswersApi } from './resources/ticket-answers.js';
import { createTicketFilesApi, type TicketFilesApi } from './resources/ticket-files.js';
import { createTicketsApi, type TicketsApi } from './resources/tickets.js';
import { createUsersApi, type UsersApi } from './resources/users.js';
import { createTransport } from './transport.js';
import type { CallContext } from './call-context.js';
import type { Transport } from './transport-types.js';

export const DEFAULT_TIFLUX_API_BASE_URL = 'https://api.tiflux.com/api/v2';

/** How this client is set up, as opposed to the call it serves (the CallContext). */
export interface TiFluxClientOptions {
  /** Defaults to env TIFLUX_API_BASE_URL, else https://api.tiflux.com/api/v2. */
  baseUrl?: string;
  /** Oldest cached lookup list this client may serve (lookup-cache.ts); default 5 minutes. */
  lookupMaxAgeMs?: number;
}

export interface TiFluxClient {
  tickets: TicketsApi;
  ticketFiles: TicketFilesApi;
  ticketAnswers: TicketAnswersApi;
  internalCommunications: InternalCommunicationsApi;
  clients: ClientsApi;
  users: UsersApi;
  desks: DesksApi;
  catalogItems: CatalogItemsApi;
  /** Complete, cached (5 min, per key) lists for resolving names to ids. */
  lookups: Lookups;
  /** First 8 hex chars of the key's SHA-256: safe to log. */
  keyFingerprint: string;
  /**
   * A resource module built on this client's transport, once per client: `tiflux.use(createChatsApi).list(…)`.
   * New resource modules need no wiring here (see endpoint.ts for the helpers they are written with).
   */
  use<Api>(factory: (transport: Transport) => Api): Api;
}

export function resolveBaseUrl(baseUrl?: string): string {
  const chosen = baseUrl || process.env.TIFLUX_API_BASE_URL || DEFAULT_TIFLUX_API_BASE_URL;
  return chosen.replace(/\/+$/, '');
}

export function createTiFluxClient(call: CallContext, options: TiFluxClientOptions = {}): TiFluxClient {
  if (!call.apiKey?.trim()) throw new TiFluxInputError('apiKey', 'is required to call TiFlux.');
  const keyDigest = apiKeyDigest(call.apiKey);
  const sending = createTransport(call, { baseUrl: resolveBaseUrl(options.baseUrl) });
  // A key TiFlux refuses (401) must not keep reading its cached lists: drop them (lookup-cache.ts).
  const transport: Transport = {
    send: (request) =>
      sending.send(request).catch((error: unknown) => {
        if (error instanceof TiFluxAuthError) forgetKey(keyDigest);
        throw error;
      }),
  };
  const desks = createDesksApi(transport);
  const catalogItems = createCatalogItemsApi(transport);
  const users = createUsersApi(transport);
  const clients = createClientsApi(transport);
  const built = new Map<(transport: Transport) => unknown, unknown>();
  return {
    tickets: createTicketsApi(transport),
    ticketFiles: createTicketFilesApi(transport),
    ticketAnswers: createTicketAnswersApi(transport),
    internalCommunications: createInternalCommunicationsApi(transport),
    clients,
    users,
    desks,
    catalogItems,
    lookups: createLookups({ keyDigest, maxAgeMs: options.lookupMaxAgeMs, desks, catalogItems, users, clients }),
    keyFingerprint: fingerprintOfDigest(keyDigest),
    use<Api>(factory: (transport: Transport) => Api): Api {
      if (!built.has(factory)) built.set(factory, factory(transport));
      return built.get(factory) as Api;
    },
  };
}

// One import site for the tools: the public types and errors.
export * from './errors.js';
export type { CallContext } from './call-context.js';
export type { Transport, UpstreamCallReport } from './transport-types.js';
export type { Lookups, LookupUser } from './lookups.js';
export type { Page, PageRequest } from './paging.js';
export { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from './paging.js';
export type { IdListInput } from './id-list.js';
export { MAX_IDS_PER_FILTER } from './id-list.js';
export type { UploadFile } from './uploads.js';
export { MAX_FILES_PER_CALL } from './uploads.js';
export type {
  TicketsApi,
  TicketNumber,
  GetTicketOptions,
  TicketListFilters,
  CreateTicketInput,
  UpdateTicketInput,
  EntityValueInput,
} from './resources/tickets.js';
export { MAX_ENTITIES_PER_UPDATE } from './resources/tickets.js';
export type { TicketFilesApi } from './resources/ticket-files.js';
export type { TicketAnswersApi, CreateAnswerInput } from './resources/ticket-answers.js';
export type {
  InternalCommunicationsApi,
  CreateInternalCommunicationInput,
} from './resources/internal-communications.js';
export type { ClientsApi, ClientSearch } from './resources/clients.js';
export type { UsersApi, UserListFilters, TechnicalUserFilters } from './resources/users.js';
export type { DesksApi, DeskListFilters } from './resources/desks.js';
export type { CatalogItemsApi, CatalogItemFilters } from './resources/catalog-items.js';
export type { Ticket, TicketEntity, TicketEntityField, EntitiesUpdateResult } from './schemas/ticket.js';
export type { TicketAnswer, InternalCommunication, TicketFile, Attachment } from './schemas/ticket-messages.js';
export type { Client, User, TechnicalUser, Desk, Stage, Priority, CatalogItem } from './schemas/directory.js';
export type { TiFluxMessage } from './schemas/common.js';
