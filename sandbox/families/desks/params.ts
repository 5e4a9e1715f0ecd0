// The desk a path names: 404 for an unknown id.

import { notFound } from '../../http/api-response.js';
import { idParam, tenantOf } from '../../http/params.js';
import type { RouteContext } from '../../http/router.js';
import type { DeskRecord } from './records.js';

export function findDesk(context: RouteContext, param = 'id'): DeskRecord {
  const id = idParam(context, param, 'Desk');
  const desk = tenantOf(context).desks.find((candidate) => candidate.id === id);
  if (!desk) throw notFound(`Desk ${id} not found`);
  return desk;
}
