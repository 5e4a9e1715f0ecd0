// Client sub-resources (docs/clients.md): addresses and contacts (CRUD, bodies wrapped in {address:{…}} / {contact:{…}},
// PUT partial, DELETE → 204), portal users ({user:{…}}) and e-mail ticket permissions ({address}). Writes need the
// client-management permission, which the sandbox gives admin keys only (docs/clients.md).

import { nextId } from '../../data/counters.js';
import type { TenantData } from '../../data/types.js';
import { created, invalid, noContent, notFound, ok } from '../../http/api-response.js';
import { paginate, readPage } from '../../http/paging.js';
import type { Route, RouteContext } from '../../http/router.js';
import { FieldErrors, fieldsOf, flag, has, isEmail, isPhone, text, type Fields } from '../../http/fields.js';
import { idParam, tenantOf } from '../../http/params.js';
import { findClientParam } from '../clients/params.js';
import type { ClientRecord } from '../clients/records.js';
import type { UserRecord } from '../users/records.js';
import type { ClientAddressRecord, ClientContactRecord } from './records.js';
import { renderAddress, renderContact } from './render.js';

const STATES = new Set([
  'AC', 'AL', 'AP', 'AM', 'BA', 'CE', 'DF', 'ES', 'GO', 'MA', 'MT', 'MS', 'MG', 'PA', 'PB', 'PR', 'PE', 'PI', 'RJ',
  'RN', 'RS', 'RO', 'RR', 'SC', 'SP', 'SE', 'TO',
]);

/** The object inside TiFlux's wrapper, e.g. `{ address: {…} }`; a missing or non-object wrapper is a 422. */
function wrapped(context: RouteContext, key: string): Fields {
  const inner = fieldsOf(context.body)[key];
  if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) {
    throw invalid({ [key]: ['param is missing or the value is empty'] });
  }
  return inner as Fields;
}

function findIn<T extends { id: number; client_id: number }>(
  context: RouteContext, list: T[], what: string,
): { client: ClientRecord; record: T } {
  const client = findClientParam(context, 'clientId');
  const id = idParam(context, 'id', what);
  const record = list.find((candidate) => candidate.id === id && candidate.client_id === client.id);
  if (!record) throw notFound(`${what} ${id} not found`);
  return { client, record };
}

// ---------- addresses ----------

function readAddress(fields: Fields, creating: boolean): Partial<ClientAddressRecord> {
  const errors = new FieldErrors();
  const out: Partial<ClientAddressRecord> = {};
  for (const key of ['street', 'neighborhood', 'city', 'state', 'cep'] as const) {
    if (!creating && !has(fields, key)) continue;
    const value = text(fields, key, errors, true)?.trim();
    if (value !== undefined) out[key] = value;
  }
  if (out.state !== undefined) {
    out.state = out.state.toUpperCase();
    if (!STATES.has(out.state)) errors.add('state', 'is not a Brazilian state (UF), e.g. "SC"');
  }
  if (out.cep !== undefined && !/^\d{5}-?\d{3}$/.test(out.cep)) errors.add('cep', 'is invalid (e.g. "89201-305")');
  if (out.cep !== undefined && /^\d{8}$/.test(out.cep)) out.cep = `${out.cep.slice(0, 5)}-${out.cep.slice(5)}`;
  if (creating || has(fields, 'number')) {
    const value = fields.number;
    if (value === undefined || value === null || value === '') errors.add('number', "can't be blank");
    else if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) errors.add('number', 'must be an integer');
    else out.number = value;
  }
  if (has(fields, 'complement')) {
    const value = fields.complement;
    if (value === null || value === '') out.complement = null;
    else if (typeof value === 'string') out.complement = value.trim();
    else errors.add('complement', 'must be a string');
  }
  errors.check();
  return out;
}

// ---------- contacts ----------

function readContact(fields: Fields, creating: boolean): Partial<ClientContactRecord> {
  const errors = new FieldErrors();
  const out: Partial<ClientContactRecord> = {};
  for (const key of ['use', 'owner', 'email'] as const) {
    if (!creating && !has(fields, key)) continue;
    const value = text(fields, key, errors, true)?.trim();
    if (value !== undefined) out[key] = value;
  }
  if (out.email !== undefined && !isEmail(out.email)) errors.add('email', 'is invalid');
  if (creating || has(fields, 'number')) {
    const value = text(fields, 'number', errors, true);
    if (value !== undefined && !isPhone(value)) errors.add('number', 'Is not a valid phone number');
    else if (value !== undefined) out.telephone = value.replace(/[\s()+-]/g, '');
  }
  if (has(fields, 'country')) {
    const value = fields.country;
    if (value === null || value === '') out.country = null;
    else if (typeof value === 'string' && /^[A-Za-z]{2}$/.test(value)) out.country = value.toUpperCase();
    else errors.add('country', 'must be a 2-letter country code, e.g. "BR"');
  }
  errors.check();
  return out;
}

// ---------- portal users and e-mail permissions ----------

function createPortalUser(data: TenantData, client: ClientRecord, fields: Fields): UserRecord {
  const errors = new FieldErrors();
  const name = text(fields, 'name', errors, true)?.trim();
  const email = text(fields, 'email', errors, true)?.trim();
  if (email && !isEmail(email)) errors.add('email', 'is invalid');
  if (email && data.users.some((user) => user.email.toLowerCase() === email.toLowerCase())) {
    errors.add('email', 'has already been taken');
  }
  const telephone = has(fields, 'telephone') ? text(fields, 'telephone', errors) : undefined;
  if (telephone && !isPhone(telephone)) errors.add('telephone', 'Is not a valid phone number');
  const extension = has(fields, 'extension') ? text(fields, 'extension', errors) : undefined;
  flag(fields, 'authorization_flow', errors);
  errors.check();
  const user: UserRecord = {
    id: nextId(data.users),
    name: name!, email: email!, _type: 'client', active: true, technical_group_id: null,
    telephone: telephone || null, extension: extension || null, client_ids: [client.id], gauth_enabled: false,
    last_login_at: null, signature: null,
    // Portal users hold no staff licence.
    licenses: { whatsapp_license: false, tickets_license: false, remote_access_license: false, api_license: false, splashtop_license: false },
  };
  data.users.push(user);
  return user;
}

const PERMISSION_ADDRESS = /^(@[^\s@]+\.[^\s@]+|[^\s@]+@[^\s@]+\.[^\s@]+)$/;

export const clientDetailRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/clients/:clientId/addresses',
    handle(context) {
      const data = tenantOf(context);
      const client = findClientParam(context, 'clientId');
      const rows = data.clientAddresses.filter((address) => address.client_id === client.id);
      return ok(paginate(rows, readPage(context.query)).map(renderAddress));
    },
  },
  {
    method: 'GET',
    pattern: '/clients/:clientId/addresses/:id',
    handle: (context) => ok(renderAddress(findIn(context, tenantOf(context).clientAddresses, 'Address').record)),
  },
  {
    method: 'POST',
    pattern: '/clients/:clientId/addresses',
    adminOnly: true,
    accepts: ['json'],
    handle(context) {
      const data = tenantOf(context);
      const client = findClientParam(context, 'clientId');
      const fields = readAddress(wrapped(context, 'address'), true);
      const address = { complement: null, ...fields, id: data.sequences.clientAddress++, client_id: client.id } as ClientAddressRecord;
      data.clientAddresses.push(address);
      return created(renderAddress(address));
    },
  },
  {
    method: 'PUT',
    pattern: '/clients/:clientId/addresses/:id',
    adminOnly: true,
    accepts: ['json'],
    handle(context) {
      const { record } = findIn(context, tenantOf(context).clientAddresses, 'Address');
      Object.assign(record, readAddress(wrapped(context, 'address'), false));
      return ok(renderAddress(record));
    },
  },
  {
    method: 'DELETE',
    pattern: '/clients/:clientId/addresses/:id',
    adminOnly: true,
    handle(context) {
      const data = tenantOf(context);
      const { record } = findIn(context, data.clientAddresses, 'Address');
      data.clientAddresses = data.clientAddresses.filter((address) => address !== record);
      return noContent();
    },
  },
  {
    method: 'GET',
    pattern: '/clients/:clientId/contacts',
    handle(context) {
      const data = tenantOf(context);
      const client = findClientParam(context, 'clientId');
      const rows = data.clientContacts.filter((contact) => contact.client_id === client.id);
      return ok(paginate(rows, readPage(context.query)).map(renderContact));
    },
  },
  {
    method: 'GET',
    pattern: '/clients/:clientId/contacts/:id',
    handle: (context) => ok(renderContact(findIn(context, tenantOf(context).clientContacts, 'Contact').record)),
  },
  {
    method: 'POST',
    pattern: '/clients/:clientId/contacts',
    adminOnly: true,
    accepts: ['json'],
    handle(context) {
      const data = tenantOf(context);
      const client = findClientParam(context, 'clientId');
      const fields = readContact(wrapped(context, 'contact'), true);
      const contact = { country: null, ...fields, id: data.sequences.clientContact++, client_id: client.id } as ClientContactRecord;
      data.clientContacts.push(contact);
      return created(renderContact(contact));
    },
  },
  {
    method: 'PUT',
    pattern: '/clients/:clientId/contacts/:id',
    adminOnly: true,
    accepts: ['json'],
    handle(context) {
      const { record } = findIn(context, tenantOf(context).clientContacts, 'Contact');
      Object.assign(record, readContact(wrapped(context, 'contact'), false));
      return ok(renderContact(record));
    },
  },
  {
    method: 'DELETE',
    pattern: '/clients/:clientId/contacts/:id',
    adminOnly: true,
    handle(context) {
      const data = tenantOf(context);
      const { record } = findIn(context, data.clientContacts, 'Contact');
      data.clientContacts = data.clientContacts.filter((contact) => contact !== record);
      return noContent();
    },
  },
  {
    method: 'POST',
    pattern: '/clients/:clientId/users',
    adminOnly: true,
    accepts: ['json'],
    handle(context) {
      const data = tenantOf(context);
      const client = findClientParam(context, 'clientId');
      const user = createPortalUser(data, client, wrapped(context, 'user'));
      return created({ id: user.id, name: user.name, email: user.email });
    },
  },
  {
    method: 'POST',
    pattern: '/clients/:clientId/email_tickets_permissions',
    adminOnly: true,
    accepts: ['json'],
    handle(context) {
      const data = tenantOf(context);
      const client = findClientParam(context, 'clientId');
      const errors = new FieldErrors();
      const address = text(fieldsOf(context.body), 'address', errors, true)?.trim().toLowerCase();
      if (address !== undefined && !PERMISSION_ADDRESS.test(address)) {
        errors.add('address', 'must be a domain such as "@empresa.com.br" or an e-mail address');
      }
      if (address && data.clientEmailPermissions.some((p) => p.client_id === client.id && p.address === address)) {
        errors.add('address', 'has already been taken');
      }
      errors.check();
      const permission = { id: data.sequences.clientEmailPermission++, client_id: client.id, address: address! };
      data.clientEmailPermissions.push(permission);
      return created({ id: permission.id, address: permission.address });
    },
  },
];
