/** Users (admin keys only) and technical users (any key with a Tickets licence). */
import type { TechnicalUser, User } from '../schemas/directory.js';
import type { Transport } from '../transport-types.js';
import { getPage } from '../endpoint.js';
import type { Page, PageRequest } from '../paging.js';
import { parsePositiveId } from '../path.js';
import { directorySchemas } from '../schemas/directory.js';

export interface UserListFilters extends PageRequest {
  active?: boolean;
  type?: 'client' | 'attendant' | 'admin';
}

export interface TechnicalUserFilters extends PageRequest {
  /** Partial, case-insensitive. */
  name?: string;
  email?: string;
  desk_id?: number;
  client_id?: number;
}

export interface UsersApi {
  /** GET /users. TiFlux answers 403 to non-admin keys; it has no name filter (filter the result yourself). */
  list(filters?: UserListFilters): Promise<Page<User>>;
  /** GET /technical-users: the attendants, reachable by non-admin keys. */
  listTechnical(filters?: TechnicalUserFilters): Promise<Page<TechnicalUser>>;
}

export function createUsersApi(transport: Transport): UsersApi {
  return {
    async list(filters = {}) {
      return getPage(transport, {
        path: '/users',
        query: { active: filters.active, type: filters.type },
        page: filters,
        schema: directorySchemas().userListSchema,
        action: 'list users',
      });
    },

    async listTechnical(filters = {}) {
      return getPage(transport, {
        path: '/technical-users',
        query: {
          name: filters.name?.trim(),
          email: filters.email?.trim(),
          // TiFlux answers 422 to a non-integer desk_id/client_id; check them here instead.
          desk_id: filters.desk_id === undefined ? undefined : parsePositiveId(filters.desk_id, 'desk_id'),
          client_id: filters.client_id === undefined ? undefined : parsePositiveId(filters.client_id, 'client_id'),
        },
        page: filters,
        schema: directorySchemas().technicalUserListSchema,
        action: 'list technical users',
      });
    },
  };
}
