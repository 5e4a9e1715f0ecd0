// Users (admin-only), the current user, technical users (any key) and technical groups (docs/tiflux-api.md#users).

import { staffOfDesk } from '../data/queries.js';
import { invalid, notFound, ok } from '../http/api-response.js';
import { paginate, readPage } from '../http/paging.js';
import { optionalBoolean, optionalInteger, optionalString } from '../http/query.js';
import type { Route } from '../http/router.js';
import { renderUser, renderUserListItem } from '../render/people.js';
import { idParam, tenantOf } from './params.js';

const USER_TYPES = ['client', 'attendant', 'admin'];

export const userRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/users',
    adminOnly: true,
    handle(context) {
      const active = optionalBoolean(context.query, 'active');
      const type = optionalString(context.query, 'type');
      const gauth = optionalBoolean(context.query, 'gauth_enabled');
      if (type !== undefined && !USER_TYPES.includes(type)) throw invalid({ type: ['must be one of client, attendant, admin'] });
      // /users has NO name filter (docs/tiflux-api.md#filters): `name` (and `email`) are silently ignored, exactly like the real API, so
      // a client that relies on them gets the unfiltered first page and must notice.
      const users = tenantOf(context).users.filter(
        (user) =>
          (active === undefined || user.active === active) &&
          (type === undefined || user._type === type) &&
          (gauth === undefined || user.gauth_enabled === gauth),
      );
      return ok(paginate(users, readPage(context.query)).map(renderUserListItem));
    },
  },
  {
    method: 'GET',
    pattern: '/users/me',
    handle: (context) => ok({ ...renderUser(context.principal.user), enable_mcp: true }),
  },
  {
    method: 'GET',
    pattern: '/users/:id',
    adminOnly: true,
    handle(context) {
      const userId = idParam(context, 'id', 'User');
      const user = tenantOf(context).users.find((candidate) => candidate.id === userId);
      if (!user) throw notFound(`User ${userId} not found`);
      return ok(renderUser(user));
    },
  },
  {
    // The lookup that works for non-admin keys (docs/tiflux-api.md#users): active staff only, name/email partial and case-insensitive.
    method: 'GET',
    pattern: '/technical-users',
    handle(context) {
      const data = tenantOf(context);
      const name = optionalString(context.query, 'name')?.toLowerCase();
      const email = optionalString(context.query, 'email')?.toLowerCase();
      const deskId = optionalInteger(context.query, 'desk_id');
      const clientId = optionalInteger(context.query, 'client_id');
      let staff = data.users.filter((user) => user._type !== 'client' && user.active);
      if (deskId !== undefined) {
        const ofDesk = new Set(staffOfDesk(data, deskId).map((user) => user.id));
        staff = staff.filter((user) => ofDesk.has(user.id));
      }
      if (clientId !== undefined) {
        const groups = new Set(data.clients.find((client) => client.id === clientId)?.technical_group_ids ?? []);
        staff = staff.filter((user) => user.technical_group_id !== null && groups.has(user.technical_group_id));
      }
      staff = staff.filter(
        (user) => (name === undefined || user.name.toLowerCase().includes(name)) && (email === undefined || user.email.toLowerCase().includes(email)),
      );
      return ok(paginate(staff, readPage(context.query)).map((user) => ({ id: user.id, email: user.email, name: user.name })));
    },
  },
  {
    method: 'GET',
    pattern: '/technical-groups',
    handle: (context) =>
      ok(paginate(tenantOf(context).technicalGroups, readPage(context.query)).map((group) => ({ id: group.id, name: group.name }))),
  },
  {
    method: 'GET',
    pattern: '/technical-groups/:id/users',
    handle(context) {
      const data = tenantOf(context);
      const groupId = idParam(context, 'id', 'Technical group');
      if (!data.technicalGroups.some((group) => group.id === groupId)) throw notFound(`Technical group ${groupId} not found`);
      const members = data.users.filter((user) => user.technical_group_id === groupId);
      return ok(paginate(members, readPage(context.query)).map(renderUserListItem));
    },
  },
];
