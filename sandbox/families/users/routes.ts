// Users (admin-only), the current user, technical users (any key) and technical groups (docs/tiflux-rest-api.md#users).

import { nextId } from '../../data/counters.js';
import { created, invalid, notFound, ok } from '../../http/api-response.js';
import { FieldErrors, fieldsOf, flag, has, id, isEmail, isPhone, text } from '../../http/fields.js';
import { paginate, readPage } from '../../http/paging.js';
import { idParam, tenantOf } from '../../http/params.js';
import { optionalBoolean, optionalInteger, optionalString } from '../../http/query.js';
import type { Route, RouteContext } from '../../http/router.js';
import { staffOfDesk } from './queries.js';
import { USER_LICENSES, type UserRecord } from './records.js';
import { renderUser, renderUserListItem } from './render.js';

const USER_TYPES = ['client', 'attendant', 'admin'];

/**
 * POST /users and PUT /users/{id} (admin keys, flat JSON, docs/people.md–5.4). Create needs name, email and
 * technical_group_id; the update is partial. E-mails are unique across the organisation's users.
 */
function writeUser(context: RouteContext, existing?: UserRecord) {
  const data = tenantOf(context);
  const fields = fieldsOf(context.body);
  const errors = new FieldErrors();
  const creating = existing === undefined;
  const name = creating || has(fields, 'name') ? text(fields, 'name', errors, true) : undefined;
  const email = creating || has(fields, 'email') ? text(fields, 'email', errors, true) : undefined;
  const groupId = id(fields, 'technical_group_id', errors, { required: creating });
  const telephone = has(fields, 'telephone') ? text(fields, 'telephone', errors) : undefined;
  const extension = has(fields, 'extension') ? text(fields, 'extension', errors) : undefined;
  const active = creating ? undefined : flag(fields, 'active', errors);
  const licenses = Object.fromEntries(USER_LICENSES.map((license) => [license, flag(fields, license, errors)]));
  let clientIds: number[] | undefined;
  if (!creating && has(fields, 'client_ids')) {
    const raw = fields.client_ids;
    if (!Array.isArray(raw) || raw.some((value) => !Number.isInteger(value) || !data.clients.some((client) => client.id === value))) {
      errors.add('client_ids', 'must be an array of existing client ids');
    } else clientIds = raw as number[];
  }
  if (email && !isEmail(email)) errors.add('email', 'is invalid');
  if (email && data.users.some((user) => user !== existing && user.email.toLowerCase() === email.toLowerCase())) {
    errors.add('email', 'has already been taken');
  }
  if (telephone && !isPhone(telephone)) errors.add('telephone', 'Is not a valid phone number');
  if (groupId !== undefined && !data.technicalGroups.some((group) => group.id === groupId)) {
    errors.add('technical_group_id', 'technical group not found');
  }
  if (!creating && Object.keys(fields).length === 0) errors.add('base', 'no attribute to update');
  errors.check();

  const user: UserRecord = existing ?? {
    id: nextId(data.users), name: '', email: '', _type: 'attendant', active: true,
    technical_group_id: null, telephone: null, extension: null, client_ids: [], gauth_enabled: false, last_login_at: null,
    signature: null,
    licenses: { whatsapp_license: false, tickets_license: false, remote_access_license: false, api_license: false, splashtop_license: false },
  };
  if (name !== undefined) user.name = name;
  if (email !== undefined) user.email = email;
  if (groupId !== undefined) user.technical_group_id = groupId;
  if (telephone !== undefined) user.telephone = telephone || null;
  if (extension !== undefined) user.extension = extension || null;
  if (active !== undefined) user.active = active;
  if (clientIds !== undefined) user.client_ids = clientIds;
  for (const license of USER_LICENSES) {
    const value = licenses[license];
    if (value !== undefined) user.licenses[license] = value;
  }
  if (creating) {
    data.users.push(user);
    return created(renderUser(user));
  }
  return ok(renderUser(user));
}

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
      // /users has NO name filter (docs/tiflux-rest-api.md#filters): `name` (and `email`) are silently ignored, exactly like the real API, so
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
  { method: 'POST', pattern: '/users', adminOnly: true, accepts: ['json'], handle: (context) => writeUser(context) },
  {
    method: 'PUT',
    pattern: '/users/:id',
    adminOnly: true,
    accepts: ['json'],
    handle(context) {
      const userId = idParam(context, 'id', 'User');
      const user = tenantOf(context).users.find((candidate) => candidate.id === userId);
      if (!user) throw notFound(`User ${userId} not found`);
      return writeUser(context, user);
    },
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
    // The lookup that works for non-admin keys (docs/tiflux-rest-api.md#users): active staff only, name/email partial and case-insensitive.
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
