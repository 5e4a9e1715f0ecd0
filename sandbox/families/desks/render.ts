// Renderers for desks, stages and priorities.

import type { TenantData } from '../../data/types.js';
import type { DeskRecord, PriorityRecord, StageRecord } from './records.js';

export function renderDeskRef(desk: DeskRecord) {
  return { id: desk.id, name: desk.name, display_name: desk.display_name, active: desk.active };
}

export function renderDeskListItem(desk: DeskRecord) {
  return { ...renderDeskRef(desk), appointment_type: desk.appointment_type, internal_desk: desk.internal_desk };
}

export function renderDesk(data: TenantData, desk: DeskRecord) {
  const closeItem = desk.require_catalog_item_to_close;
  return {
    ...renderDeskListItem(desk),
    description: desk.description,
    receiving_new_tickets: desk.active,
    attendance_type: 'all',
    only_attendants_can_open: false,
    user_without_access_create_ticket: false,
    cancelable_tickets: desk.cancelable_tickets,
    add_ticket_feedback: true,
    summary: false,
    reminder: false,
    desk_exchange: desk.transfer_desk_ids.map((id) => {
      const target = data.desks.find((candidate) => candidate.id === id)!;
      return { id: target.id, name: target.name, display_name: target.display_name };
    }),
    desk_with_sla: desk.desk_with_sla,
    sla_goal: desk.desk_with_sla ? 95 : null,
    can_stop_sla: true,
    ticket_with_sla_time: desk.desk_with_sla,
    ticket_review: false,
    review_type: null,
    default_revised: false,
    can_reopen_revised_tickets: true,
    time_limit_to_reopening: 7,
    behavior_billed_tickets: 'block_reopen',
    behavior_not_billed_tickets: 'allow_reopen',
    require_service_catalog_open_ticket: desk.require_service_catalog_open_ticket,
    services_catalog_item: closeItem,
    required_fields: desk.required_fields,
  };
}

export function renderStage(stage: StageRecord, deskStages: StageRecord[]) {
  return {
    id: stage.id,
    name: stage.name,
    index: stage.index,
    first_stage: deskStages[0]?.id === stage.id,
    last_stage: deskStages[deskStages.length - 1]?.id === stage.id,
    max_time: stage.max_time,
  };
}

export function renderPriority(priority: PriorityRecord) {
  return { id: priority.id, name: priority.name, order: priority.order, start_time: priority.start_time, end_time: priority.end_time };
}
