// Path parameters. A value that is not a positive integer cannot name a record, so it is a 404 like any unknown id.

import type { TenantData } from '../data/types.js';
import { notFound } from './api-response.js';
import type { RouteContext } from './router.js';

export function idParam(context: RouteContext, name: string, what = 'Resource'): number {
  const raw = context.params[name] ?? '';
  if (!/^\d+$/.test(raw)) throw notFound(`${what} not found`);
  return Number(raw);
}

export function tenantOf(context: RouteContext): TenantData {
  return context.principal.tenant;
}
