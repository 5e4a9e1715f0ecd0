// The client a path names: 404 for an unknown id.

import { notFound } from '../../http/api-response.js';
import { idParam, tenantOf } from '../../http/params.js';
import type { RouteContext } from '../../http/router.js';
import type { ClientRecord } from './records.js';

export function findClientParam(context: RouteContext, param = 'id'): ClientRecord {
  const id = idParam(context, param, 'Client');
  const client = tenantOf(context).clients.find((candidate) => candidate.id === id);
  if (!client) throw notFound(`Client ${id} not found`);
  return client;
}
