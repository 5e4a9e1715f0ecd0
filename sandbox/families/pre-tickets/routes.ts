// Pre-tickets (docs/chats-and-knowledge.md): list (with X-Total-Items) and create (multipart only, `files[]` parts). Both need the
// "Gerenciar pré-tickets" permission, which only admins hold in the sandbox.

import { toBrasiliaIso } from '../../data/dates.js';
import { nextId } from '../../data/counters.js';
import { created, forbidden, invalid, ok, refused } from '../../http/api-response.js';
import type { Principal } from '../../http/auth.js';
import { paginate, readPage, totalItemsHeader } from '../../http/paging.js';
import { optionalBoolean, optionalInteger, optionalString } from '../../http/query.js';
import type { Route } from '../../http/router.js';
import { FieldErrors, fieldsOf, id, isEmail, isPhone, text, uploadedFiles } from '../../http/fields.js';
import { tenantOf } from '../../http/params.js';
import type { TenantData } from '../../data/types.js';
import type { PreTicketRecord } from './records.js';

function requirePermission(principal: Principal): void {
  if (!principal.isAdmin) throw forbidden('You do not have permission to manage pre-tickets');
}

function render(data: TenantData, record: PreTicketRecord, withDescription: boolean) {
  const client = data.clients.find((candidate) => candidate.id === record.client_id);
  return {
    id: record.id,
    title: record.title,
    requestor_name: record.requestor_name,
    requestor_email: record.requestor_email,
    requestor_telephone: record.requestor_telephone,
    client: client ? { id: client.id, name: client.name } : null,
    archived: record.archived,
    created_at: record.created_at,
    ...(withDescription ? { description: record.description } : {}),
  };
}

function dateFilter(query: URLSearchParams, name: string): string | undefined {
  const value = optionalString(query, name);
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw invalid({ [name]: ['must be a date (YYYY-MM-DD)'] });
  return value;
}

export const preTicketRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/pre-tickets',
    handle(context) {
      requirePermission(context.principal);
      const data = tenantOf(context);
      const archived = optionalBoolean(context.query, 'archived') ?? false;
      const clientId = optionalInteger(context.query, 'client_id');
      const after = dateFilter(context.query, 'created_after');
      const before = dateFilter(context.query, 'created_before');
      const withDescription = optionalBoolean(context.query, 'include_description') ?? false;
      const records = data.preTickets.filter((record) => {
        const day = record.created_at.slice(0, 10);
        return (
          record.archived === archived &&
          (clientId === undefined || record.client_id === clientId) &&
          (after === undefined || day >= after) &&
          (before === undefined || day <= before)
        );
      });
      return ok(paginate(records, readPage(context.query)).map((record) => render(data, record, withDescription)), totalItemsHeader(records.length));
    },
  },
  {
    method: 'POST',
    pattern: '/pre-tickets',
    accepts: ['multipart'],
    handle(context) {
      requirePermission(context.principal);
      const data = tenantOf(context);
      const fields = fieldsOf(context.body);
      const errors = new FieldErrors();
      const title = text(fields, 'title', errors, true);
      const description = text(fields, 'description', errors, true);
      const name = text(fields, 'requestor_name', errors, true);
      const email = text(fields, 'requestor_email', errors, true);
      const telephone = text(fields, 'requestor_telephone', errors, true);
      const ramal = id(fields, 'requestor_ramal', errors);
      const country = text(fields, 'requestor_country', errors);
      const clientId = id(fields, 'client_id', errors);
      if (email && !isEmail(email)) errors.add('requestor_email', 'is invalid');
      if (telephone && !isPhone(telephone)) errors.add('requestor_telephone', 'Is not a valid phone number');
      if (country !== undefined && !/^[A-Z]{2}$/.test(country)) errors.add('requestor_country', 'is not a valid country');
      errors.check();
      if (clientId !== undefined && !data.clients.some((client) => client.id === clientId)) throw refused({ client_id: ['client not found'] });
      const record: PreTicketRecord = {
        id: nextId(data.preTickets),
        title: title!, description: description!, requestor_name: name!, requestor_email: email!, requestor_telephone: telephone!,
        requestor_ramal: ramal ?? null, requestor_country: country ?? null, client_id: clientId ?? null, archived: false,
        created_at: toBrasiliaIso(context.now),
        files: uploadedFiles(context.body).map((file) => ({ name: file.filename, content_type: file.contentType ?? 'application/octet-stream', size: file.data.length })),
      };
      data.preTickets.push(record);
      return created(render(data, record, true));
    },
  },
];
