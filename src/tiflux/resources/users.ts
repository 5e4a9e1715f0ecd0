/** Users (admin keys only) and technical users (any key with a Tickets licence). */
import type { TechnicalUser, User } from '../schemas/directory.js';
import type { Transport } from '../transport-types.js';
import { addPageParams, settleHasMore, toPage, type Page, type PageRequest } from '../paging.js';
import { parseBody } from '../parse.js';
import { parsePositiveId } from '../path.js';
import { toSearchParams } from '../query.js';
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
      const query = toSearchParams({ active: filters.active, type: filters.type });
      const page = addPageParams(query, filters);
      const action = 'list users';
      const response = await transport.send({ method: 'GET', path: '/users', query, action });
      const items = parseBody(directorySchemas().userListSchema, response.body, action);
      return settleHasMore(toPage(items, page, response.totalItems), transport, response.request);
    },

    async listTechnical(filters = {}) {
      const query = toSearchParams({
        name: filters.name?.trim(),
        email: filters.email?.trim(),
        // TiFlux answers 422 to a non-integer desk_id/client_id; check them here instead.
        desk_id: filters.desk_id === undefined ? undefined : parsePositiveId(filters.desk_id, 'desk_id'),
        client_id: filters.client_id === undefined ? undefined : parsePositiveId(filters.client_id, 'client_id'),
      });
      const page = addPageParams(query, filters);
      const action = 'list technical users';
      const response = await transport.send({ method: 'GET', path: '/technical-users', query, action });
      const items = parseBody(directorySchemas().technicalUserListSchema, response.body, action);
      return settleHasMore(toPage(items, page, response.totalItems), transport, response.request);
    },
  };
}
