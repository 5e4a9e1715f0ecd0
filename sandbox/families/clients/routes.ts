// Clients and requestors (docs/tiflux-rest-api.md#clients-and-requestors).

import { toBrasiliaIso } from '../../data/dates.js';
import { created, notFound, ok } from '../../http/api-response.js';
import { FieldErrors, fieldsOf, flag, has, isEmail, isPhone, text } from '../../http/fields.js';
import { paginate, readPage } from '../../http/paging.js';
import { idParam, tenantOf } from '../../http/params.js';
import { optionalBoolean, optionalString } from '../../http/query.js';
import type { Route, RouteContext } from '../../http/router.js';
import { renderDeskRef } from '../desks/render.js';
import { renderClientEntities } from './client-entities.js';
import { clientWriteRoutes } from './client-writes.js';
import { findClientParam } from './params.js';
import type { RequestorRecord } from './records.js';
import { renderClient, renderClientListItem, renderRequestor } from './render.js';
import { renderListEntityFields, renderRequestorEntities, updateRequestorEntities } from './requestor-entities.js';

function findRequestor(context: RouteContext): RequestorRecord {
  const client = findClientParam(context, 'clientId');
  const requestorId = idParam(context, 'id', 'Requestor');
  const requestor = tenantOf(context).requestors.find((r) => r.id === requestorId && r.client_id === client.id);
  if (!requestor) throw notFound(`Requestor ${requestorId} not found`);
  return requestor;
}

/** Requestor filters shared by the global and the client-scoped lists: partial, case-insensitive. */
function filterRequestors(requestors: RequestorRecord[], query: URLSearchParams): RequestorRecord[] {
  const name = optionalString(query, 'name')?.toLowerCase();
  const email = optionalString(query, 'email')?.toLowerCase();
  const telephone = optionalString(query, 'telephone');
  const extension = optionalString(query, 'extension');
  const canOpen = optionalBoolean(query, 'can_open_ticket');
  return requestors.filter(
    (r) =>
      (name === undefined || r.name.toLowerCase().includes(name)) &&
      // docs/tiflux-rest-api.md#filters: `email` is a broad substring match too, so clients must re-check equality
      // themselves.
      (email === undefined || r.email.toLowerCase().includes(email)) &&
      (telephone === undefined || (r.telephone ?? '').includes(telephone)) &&
      (extension === undefined || r.extension === extension) &&
      (canOpen === undefined || r.can_open_ticket === canOpen),
  );
}

function writeRequestor(context: RouteContext, existing?: RequestorRecord) {
  const data = tenantOf(context);
  const client = findClientParam(context, 'clientId');
  const fields = fieldsOf(context.body);
  const errors = new FieldErrors();
  const creating = existing === undefined;
  const name = creating || has(fields, 'name') ? text(fields, 'name', errors, true) : undefined;
  const email = creating || has(fields, 'email') ? text(fields, 'email', errors, true) : undefined;
  const telephone = has(fields, 'telephone') ? text(fields, 'telephone', errors) : undefined;
  const extension = has(fields, 'extension') ? text(fields, 'extension', errors) : undefined;
  const canOpen = flag(fields, 'can_open_ticket', errors);
  if (email && !isEmail(email)) errors.add('email', 'is invalid');
  // An empty telephone is refused, not treated as "no phone" (docs/tiflux-rest-api.md#clients-and-requestors).
  if (telephone !== undefined && !isPhone(telephone)) errors.add('telephone', 'Is not a valid phone number');
  if (email && data.requestors.some((r) => r.client_id === client.id && r !== existing && r.email.toLowerCase() === email.toLowerCase())) {
    errors.add('email', 'has already been taken');
  }
  errors.check();
  const at = toBrasiliaIso(context.now);
  const requestor: RequestorRecord = existing ?? {
    id: data.sequences.requestor++, client_id: client.id, name: '', email: '', telephone: null, extension: null,
    can_open_ticket: true, created_at: at, updated_at: at, entity_values: {},
  };
  Object.assign(requestor, {
    ...(name !== undefined ? { name } : {}),
    ...(email !== undefined ? { email } : {}),
    ...(telephone !== undefined ? { telephone } : {}),
    ...(extension !== undefined ? { extension: extension || null } : {}),
    ...(canOpen !== undefined ? { can_open_ticket: canOpen } : {}),
    updated_at: at,
  });
  if (creating) {
    data.requestors.push(requestor);
    return created(renderRequestor(data, requestor, true));
  }
  return ok(renderRequestor(data, requestor, true));
}

export const clientRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/clients',
    handle(context) {
      const active = optionalBoolean(context.query, 'active');
      // docs/tiflux-rest-api.md#filters: a server-side SUBSTRING match (q8 of #open-questions leaves prefix vs substring
      // open; the client code says substring). Case-insensitive; accents stay significant.
      const name = optionalString(context.query, 'name')?.trim().toLowerCase();
      const socialRevenue = optionalString(context.query, 'social_revenue')?.replace(/\D/g, '');
      const clients = tenantOf(context).clients.filter(
        (client) =>
          (active === undefined || client.status === active) &&
          (name === undefined || client.name.toLowerCase().includes(name)) &&
          (!socialRevenue || client.social_revenue.replace(/\D/g, '').includes(socialRevenue)),
      );
      return ok(paginate(clients, readPage(context.query)).map(renderClientListItem));
    },
  },
  {
    method: 'GET',
    pattern: '/clients/:id',
    handle(context) {
      const data = tenantOf(context);
      const client = findClientParam(context);
      const withEntities = optionalBoolean(context.query, 'show_entities') === true;
      return ok({ ...renderClient(data, client), entities: withEntities ? renderClientEntities(data, client) : [] });
    },
  },
  ...clientWriteRoutes,
  {
    method: 'GET',
    pattern: '/clients/:id/desks',
    handle(context) {
      const client = findClientParam(context);
      const desks = tenantOf(context).desks.filter((desk) => client.desk_ids.includes(desk.id));
      return ok(paginate(desks, readPage(context.query)).map(renderDeskRef));
    },
  },
  {
    method: 'GET',
    pattern: '/clients/:id/technical-groups',
    handle(context) {
      const client = findClientParam(context);
      const groups = tenantOf(context).technicalGroups.filter((group) => client.technical_group_ids.includes(group.id));
      return ok(paginate(groups, readPage(context.query)).map((group) => ({ id: group.id, name: group.name, active: true })));
    },
  },
  {
    method: 'GET',
    pattern: '/clients/:clientId/requestors',
    handle(context) {
      const data = tenantOf(context);
      const client = findClientParam(context, 'clientId');
      const requestors = filterRequestors(data.requestors.filter((r) => r.client_id === client.id), context.query);
      // include_entity_fields=true adds the list shape of the custom fields (docs/tiflux-rest-api.md).
      const withFields = optionalBoolean(context.query, 'include_entity_fields') === true;
      return ok(paginate(requestors, readPage(context.query)).map((r) => ({
        ...renderRequestor(data, r, false),
        ...(withFields ? { entity_fields: renderListEntityFields(data, r) } : {}),
      })));
    },
  },
  { method: 'POST', pattern: '/clients/:clientId/requestors', accepts: ['json'], handle: (context) => writeRequestor(context) },
  {
    method: 'GET',
    pattern: '/clients/:clientId/requestors/:id',
    handle(context) {
      const data = tenantOf(context);
      const requestor = findRequestor(context);
      const withFields = optionalBoolean(context.query, 'include_entity_fields') === true;
      return ok({
        ...renderRequestor(data, requestor, true),
        entities: withFields ? renderRequestorEntities(data, requestor) : [],
        created_at: requestor.created_at,
        updated_at: requestor.updated_at,
      });
    },
  },
  {
    method: 'PUT',
    pattern: '/clients/:clientId/requestors/:id/entities',
    accepts: ['json'],
    handle: (context) => updateRequestorEntities(context, findRequestor(context)),
  },
  { method: 'PUT', pattern: '/clients/:clientId/requestors/:id', accepts: ['json'], handle: (context) => writeRequestor(context, findRequestor(context)) },
  {
    // Admin-only in practice: attendants get 403 (docs/tiflux-rest-api.md#clients-and-requestors).
    method: 'GET',
    pattern: '/requestors',
    adminOnly: true,
    handle(context) {
      const data = tenantOf(context);
      return ok(paginate(filterRequestors(data.requestors, context.query), readPage(context.query)).map((r) => renderRequestor(data, r, true)));
    },
  },
];
