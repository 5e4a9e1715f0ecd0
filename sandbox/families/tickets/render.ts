// Renders a stored ticket in the shape of GET /tickets/{n} (docs/tiflux-rest-api.md#tickets).

import { addMinutes, formatDuration } from '../../data/dates.js';
import type { TenantData } from '../../data/types.js';
import { stagesOfDesk } from '../desks/queries.js';
import { renderDeskRef, renderStage } from '../desks/render.js';
import { entitiesOfDesk } from '../entities/queries.js';
import { renderCatalogRef } from '../services-catalogs/render.js';
import type { TicketRecord } from './records.js';

export interface EntityRendering {
  /** show_entities=true: every custom field of the ticket's entities, filled or not. */
  all?: boolean;
  /** include_filled_entity=true: only filled fields. */
  filledOnly?: boolean;
}

export function renderTicket(data: TenantData, ticket: TicketRecord, entities: EntityRendering = {}): Record<string, unknown> {
  const desk = data.desks.find((candidate) => candidate.id === ticket.desk_id)!;
  const stage = data.stages.find((candidate) => candidate.id === ticket.stage_id);
  const status = data.statuses.find((candidate) => candidate.id === ticket.status_id)!;
  const priority = data.priorities.find((candidate) => candidate.id === ticket.priority_id);
  const responsible = data.users.find((user) => user.id === ticket.responsible_id);
  const client = data.clients.find((candidate) => candidate.id === ticket.client_id)!;
  const createdBy = data.users.find((user) => user.id === ticket.created_by_id);
  const updatedBy = data.users.find((user) => user.id === ticket.updated_by_id);
  const requestor = data.requestors.find((candidate) => candidate.id === ticket.requestor_id);
  const catalogItem = data.catalogItems.find((item) => item.id === ticket.services_catalogs_item_id);
  const base = `https://${data.organisation.domain}/v/tickets/${ticket.ticket_number}`;

  return {
    ticket_number: ticket.ticket_number,
    title: ticket.title,
    description: ticket.description,
    status: { id: status.id, name: status.name, default_open: status.default_open },
    is_closed: ticket.state !== 'open',
    priority: priority ? { id: priority.id, name: priority.name } : null,
    desk: renderDeskRef(desk),
    stage: stage ? renderStage(stage, stagesOfDesk(data, desk.id)) : null,
    services_catalog: catalogItem ? renderCatalogRef(data, catalogItem) : null,
    responsible: responsible
      ? {
          id: responsible.id, name: responsible.name, email: responsible.email, _type: responsible._type,
          active: responsible.active, technical_group_id: responsible.technical_group_id,
        }
      : null,
    client: { id: client.id, name: client.name, social: client.social, status: client.status },
    requestor: requestor ? { id: requestor.id, name: requestor.name, email: requestor.email, telephone: requestor.telephone } : null,
    created_by_id: ticket.created_by_id,
    created_by: createdBy ? { name: createdBy.name } : null,
    created_by_way_of: ticket.created_by_way_of,
    updated_by_id: ticket.updated_by_id,
    updated_by: updatedBy ? { name: updatedBy.name } : null,
    created_at: ticket.created_at,
    updated_at: ticket.updated_at,
    closed_at: ticket.closed_at,
    followers: ticket.followers,
    tags: ticket.tags,
    worked_hours: formatDuration(ticket.worked_minutes),
    reopen_count: ticket.reopen_count,
    last_reopen_date: ticket.last_reopen_date,
    is_grouped: false,
    is_revised: false,
    ticket_reference_number: ticket.parent_ticket_number,
    sla_info: renderSla(ticket, desk.desk_with_sla, catalogItem?.end_time),
    url_internal_path: `${base}/internal`,
    url_external_path: `${base}/external`,
    entities: renderEntities(data, ticket, entities),
    entity_fields: [],
  };
}

function renderSla(ticket: TicketRecord, deskWithSla: boolean, solveTime: string | undefined) {
  const [hours = '24', minutes = '0'] = (solveTime ?? '24:00').split(':');
  return {
    stopped: !deskWithSla || ticket.state !== 'open',
    stage_expiration: deskWithSla ? addMinutes(ticket.updated_at, 120) : null,
    attend_sla: deskWithSla ? '02:00' : null,
    attend_expiration: deskWithSla ? addMinutes(ticket.created_at, 120) : null,
    solve_expiration: deskWithSla ? solveExpiration(ticket, Number(hours) * 60 + Number(minutes)) : null,
    solved_in_time: ticket.state === 'closed' ? ticket.worked_minutes < 480 : null,
  };
}

/** The resolution deadline the `sla_expiring_before` filter compares against. */
export function solveExpiration(ticket: TicketRecord, solveMinutes = 24 * 60): string {
  return addMinutes(ticket.created_at, solveMinutes);
}

function renderEntities(data: TenantData, ticket: TicketRecord, options: EntityRendering): unknown[] {
  if (!options.all && !options.filledOnly) return [];
  return entitiesOfDesk(data, ticket.desk_id)
    .map((entity) => ({
      id: entity.id,
      name: entity.name,
      entity_fields: data.entityFields
        .filter((field) => field.entity_id === entity.id)
        .filter((field) => options.all || ticket.entity_values[field.id] !== undefined)
        .map((field) => {
          const filled = ticket.entity_values[field.id];
          return {
            entity_field_id: field.id, name: field.name, field_type: field.field_type, value: filled?.value ?? null,
            required: field.required,
            options: field.options?.map((option) => ({ id: option.id, entity_field_option_id: option.id, title: option.title, value: option.title })) ?? null,
          };
        }),
    }))
    .filter((entity) => entity.entity_fields.length > 0);
}
