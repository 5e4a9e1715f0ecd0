/**
 * Attendant accounts (admin keys only: 403 otherwise), technical groups and the caller's own user. The /users list
 * and /technical-users live in users.ts.
 */
import { apiPath, idSegment } from '../path.js';
import type { PageRequest } from '../paging.js';
import type { Transport } from '../transport-types.js';
import { getOne, getPage, given, json, send } from '../endpoint.js';
import { peopleSchemas as s } from '../schemas/people.js';

export const USER_LICENSES = ['whatsapp_license', 'tickets_license', 'remote_access_license', 'api_license', 'splashtop_license'] as const;
export type UserLicense = (typeof USER_LICENSES)[number];

export type UserAccountFields = Partial<Record<UserLicense, boolean>> & {
  name?: string;
  email?: string;
  technical_group_id?: number;
  active?: boolean;
  extension?: string;
  telephone?: string;
  client_ids?: number[];
  country_code?: string;
};

export function createUserAccountsApi(transport: Transport) {
  return {
    get(userId: number) {
      const id = idSegment(userId, 'id');
      return getOne(transport, {
        path: apiPath`/users/${id}`,
        schema: s().userAccountSchema,
        action: `read user ${id}`,
        notFound: `user with id ${id}`,
      });
    },

    create: (fields: UserAccountFields & { name: string; email: string; technical_group_id: number }) =>
      send(transport, { method: 'POST', path: '/users', body: json(given(fields)), schema: s().userAccountSchema, action: 'create a user' }),

    update(userId: number, fields: UserAccountFields) {
      const id = idSegment(userId, 'id');
      return send(transport, {
        method: 'PUT',
        path: apiPath`/users/${id}`,
        body: json(given(fields)),
        schema: s().userAccountSchema,
        action: `update user ${id}`,
        notFound: `user with id ${id}`,
      });
    },

    technicalGroups: (page: PageRequest) =>
      getPage(transport, { path: '/technical-groups', page, schema: s().technicalGroupListSchema, action: 'list technical groups' }),

    /** GET /users/me: who the API key belongs to. */
    me: () => getOne(transport, { path: '/users/me', schema: s().meSchema, action: 'read the current user' }),
  };
}

export type UserAccountsApi = ReturnType<typeof createUserAccountsApi>;
