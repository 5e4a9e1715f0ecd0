/**
 * Complete name → id lists for name resolution, read across ALL pages (the original read only page 1, so most
 * stages, catalogue items and users could never be found) and cached per API key (lookup-cache.ts).
 */
import type { CatalogItem, Client, Desk, Priority, Stage } from './schemas/directory.js';
import type { CatalogItemsApi } from './resources/catalog-items.js';
import type { ClientsApi } from './resources/clients.js';
import type { DesksApi } from './resources/desks.js';
import type { UsersApi } from './resources/users.js';
import { TiFluxForbiddenError } from './errors.js';
import { cachedLookup, forgetLookups, LOOKUP_TTL_MS, peekLookup } from './lookup-cache.js';
import { collectAllPages } from './paging.js';
import { parsePositiveId } from './path.js';

/** A user a ticket can be assigned to, from /users (admin keys) or /technical-users (the fallback). */
export interface LookupUser {
  id: number;
  name: string;
  email: string | null | undefined;
  /** 'admin' | 'attendant' | client…; unknown when the list came from /technical-users. */
  type: string | null | undefined;
  /** Which endpoint the list came from. */
  source: 'users' | 'technical-users';
}

export interface Lookups {
  /** Every active desk. */
  desks(): Promise<Desk[]>;
  /** Every stage of the desk. */
  stages(deskId: number): Promise<Stage[]>;
  /** Every priority of the desk. */
  priorities(deskId: number): Promise<Priority[]>;
  /** Every catalogue item selectable on the desk's tickets. */
  catalogItems(deskId: number): Promise<CatalogItem[]>;
  /** Every active user: /users, or /technical-users when the key is not an admin's (403). */
  users(): Promise<LookupUser[]>;
  /**
   * Candidate clients for a name. Strategy: when the list of every active client is cached, that list (the caller
   * ranks it). Otherwise TiFlux filters `name` by substring on its side, so we ask it for the query and read every
   * page of that (small) result, which is not cached (one entry per search text grew without bound); names
   * differing only in accents or spacing can slip through a substring match, so when TiFlux finds nothing we load
   * (and cache) every active client instead, which lets the resolver's accent-insensitive tiers and "did you mean"
   * suggestions still work. Without a query: every active client.
   */
  clients(query?: string): Promise<Client[]>;
  /**
   * Any other name → id list a tool resolves against (technical groups, custom-field metadata…), kept like the
   * ones above: per key, 5 minutes, failures not kept. `listName` must say exactly what was loaded.
   */
  cached<T>(listName: string, load: () => Promise<T>): Promise<T>;
  /** Forgets the cached client lists of this key: call after creating, renaming or (de)activating a client. */
  forgetClients(): void;
}

export interface LookupDependencies {
  keyDigest: string;
  /** Oldest cached list this client may use (lookup-cache.ts); default LOOKUP_TTL_MS. */
  maxAgeMs?: number;
  desks: DesksApi;
  catalogItems: CatalogItemsApi;
  users: UsersApi;
  clients: ClientsApi;
}

export function createLookups(deps: LookupDependencies): Lookups {
  const maxAgeMs = deps.maxAgeMs ?? LOOKUP_TTL_MS;
  const cached = <T>(listName: string, load: () => Promise<T>) => cachedLookup(deps.keyDigest, listName, load, maxAgeMs);

  const allActiveClients = () =>
    cached('clients', () => collectAllPages((page) => deps.clients.search({ ...page, active: true })));

  return {
    desks: () => cached('desks', () => collectAllPages((page) => deps.desks.list({ ...page, active: true }))),

    stages(deskId) {
      const id = parsePositiveId(deskId, 'desk_id');
      return cached(`stages:${id}`, () => collectAllPages((page) => deps.desks.stages(id, page)));
    },

    priorities(deskId) {
      const id = parsePositiveId(deskId, 'desk_id');
      return cached(`priorities:${id}`, () => collectAllPages((page) => deps.desks.priorities(id, page)));
    },

    catalogItems(deskId) {
      const id = parsePositiveId(deskId, 'desk_id');
      return cached(`catalog-items:${id}`, () => collectAllPages((page) => deps.catalogItems.listForDesk(id, page)));
    },

    users: () => cached('users', () => loadUsers(deps.users)),

    async clients(query) {
      const normalised = query?.trim().replace(/\s+/g, ' ') ?? '';
      const all = peekLookup<Client[]>(deps.keyDigest, 'clients', maxAgeMs);
      if (!normalised || all) return all ?? allActiveClients();
      const matches = await collectAllPages((page) => deps.clients.search({ ...page, active: true, name: normalised }));
      return matches.length ? matches : allActiveClients();
    },

    cached: (listName, load) => cached(`other:${listName}`, load),
    forgetClients() {
      forgetLookups(deps.keyDigest, (listName) => listName === 'clients' || listName.startsWith('clients?'));
    },
  };
}

async function loadUsers(users: UsersApi): Promise<LookupUser[]> {
  try {
    const all = await collectAllPages((page) => users.list({ ...page, active: true }));
    return all.map((user) => ({
      id: user.id,
      name: user.name,
      email: user.email,
      type: user._type ?? user.type,
      source: 'users' as const,
    }));
  } catch (error) {
    // /users needs an admin key; /technical-users lists the attendants for everyone else.
    if (!(error instanceof TiFluxForbiddenError)) throw error;
    const technical = await collectAllPages((page) => users.listTechnical(page));
    return technical.map((user) => ({
      id: user.id,
      name: user.name,
      email: user.email,
      type: undefined,
      source: 'technical-users' as const,
    }));
  }
}
