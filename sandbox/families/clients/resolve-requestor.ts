// Resolving or creating the requestor a ticket names (ticket create and update).

import { toBrasiliaIso } from '../../data/dates.js';
import type { TenantData } from '../../data/types.js';
import type { RequestorRecord } from './records.js';

/**
 * docs/tiflux-rest-api.md#tickets, rule 3: when a ticket names its requestor by e-mail or name instead of id, the API links an existing requestor of
 * the client (same e-mail, else same name) or creates one.
 */
export function resolveRequestor(
  data: TenantData, clientId: number, details: { name?: string; email?: string; telephone?: string }, now: Date,
): RequestorRecord {
  const ofClient = data.requestors.filter((requestor) => requestor.client_id === clientId);
  const email = details.email?.trim().toLowerCase();
  const name = details.name?.trim();
  const existing =
    (email ? ofClient.find((requestor) => requestor.email.toLowerCase() === email) : undefined) ??
    (name && !email ? ofClient.find((requestor) => requestor.name.toLowerCase() === name.toLowerCase()) : undefined);
  if (existing) return existing;
  const at = toBrasiliaIso(now);
  const created: RequestorRecord = {
    id: data.sequences.requestor++,
    client_id: clientId,
    name: name || email!.split('@')[0]!,
    email: details.email?.trim() ?? '',
    telephone: details.telephone?.trim() || null,
    extension: null,
    can_open_ticket: true,
    created_at: at,
    updated_at: at,
    entity_values: {},
  };
  data.requestors.push(created);
  return created;
}
