// Renderers for clients and requestors (docs/tiflux-rest-api.md#clients-and-requestors).

import type { TenantData } from '../../data/types.js';
import type { ClientRecord, RequestorRecord } from './records.js';

export function renderClientListItem(client: ClientRecord) {
  return {
    id: client.id, name: client.name, social: client.social, social_revenue: client.social_revenue,
    status: client.status, email_financial: client.email_financial,
  };
}

export function renderClient(data: TenantData, client: ClientRecord) {
  return {
    ...renderClientListItem(client),
    sms_financial: client.sms_financial,
    municipal_registration: client.municipal_registration,
    estadual_registration: client.estadual_registration,
    max_agents: client.max_agents,
    anotations: client.anotations, // sic: the API's spelling (docs/tiflux-rest-api.md#clients-and-requestors)
    visible_to_clients: client.visible_to_clients,
    authorization_flow: client.authorization_flow,
    billing_report_type: client.billing_report_type,
    desks: data.desks
      .filter((desk) => client.desk_ids.includes(desk.id))
      .map((desk) => ({ id: desk.id, name: desk.name, display_name: desk.display_name })),
    technical_groups: data.technicalGroups
      .filter((group) => client.technical_group_ids.includes(group.id))
      .map((group) => ({ id: group.id, name: group.name })),
    entities: [],
    created_at: client.created_at,
    updated_at: client.updated_at,
  };
}

export function renderRequestor(data: TenantData, requestor: RequestorRecord, withClient: boolean) {
  const client = data.clients.find((candidate) => candidate.id === requestor.client_id);
  return {
    id: requestor.id,
    name: requestor.name,
    email: requestor.email,
    telephone: requestor.telephone,
    extension: requestor.extension,
    can_open_ticket: requestor.can_open_ticket,
    ...(withClient ? { client: client ? { id: client.id, name: client.name } : null } : {}),
  };
}
