// Turns the desk specs into desks, their stages and their four priorities.

import { makeCounters } from '../../data/counters.js';
import { formatDuration } from '../../data/dates.js';
import { slugify } from '../../data/text.js';
import type { TenantData, TenantId } from '../../data/types.js';
import type { DeskRecord } from './records.js';
import { DESK_SPECS } from './spec.js';

const PRIORITIES = [
  { name: 'Baixa', start: 8 * 60, end: 72 * 60 },
  { name: 'Média', start: 4 * 60, end: 48 * 60 },
  { name: 'Alta', start: 2 * 60, end: 24 * 60 },
  { name: 'Urgente', start: 30, end: 8 * 60 },
];

export function generateDesks(data: TenantData, tenantId: TenantId): void {
  const spec = DESK_SPECS[tenantId];
  const ids = makeCounters(spec.idStart);
  data.desks = [];
  data.stages = [];
  data.priorities = [];
  const deskByName = new Map<string, DeskRecord>();
  for (const deskSpec of spec.desks) {
    const desk: DeskRecord = {
      id: ids.desk(),
      name: deskSpec.name ?? slugify(deskSpec.display_name),
      display_name: deskSpec.display_name,
      description: `Mesa ${deskSpec.display_name}`,
      active: deskSpec.active ?? true,
      internal_desk: deskSpec.internal_desk ?? false,
      cancelable_tickets: deskSpec.cancelable_tickets ?? true,
      require_service_catalog_open_ticket: deskSpec.require_service_catalog_open_ticket ?? false,
      require_catalog_item_to_close: deskSpec.require_catalog_item_to_close ?? false,
      required_fields: deskSpec.required_fields ?? [],
      transfer_desk_ids: [],
      appointment_type: 'manual',
      desk_with_sla: (deskSpec.ticket_weight ?? 0) > 1,
    };
    data.desks.push(desk);
    deskByName.set(desk.display_name, desk);

    (deskSpec.stages ?? spec.defaultStages).forEach((name, index) => {
      data.stages.push({ id: ids.stage(), desk_id: desk.id, name, index: index + 1, max_time: index % 3 === 0 ? null : formatDuration((index + 1) * 60) });
    });
    PRIORITIES.forEach((priority, index) => {
      data.priorities.push({
        id: ids.priority(), desk_id: desk.id, name: priority.name, order: index + 1,
        start_time: formatDuration(priority.start), end_time: formatDuration(priority.end),
      });
    });
  }
  // Relationships refer to desks by name, so resolve them once every desk exists.
  for (const deskSpec of spec.desks) {
    const desk = deskByName.get(deskSpec.display_name)!;
    desk.transfer_desk_ids = (deskSpec.transfers_to ?? [])
      .map((name) => deskByName.get(name)?.id)
      .filter((id): id is number => id !== undefined && id !== desk.id);
  }
}

/** Desk ids by display name (the specs of other families name desks that way). */
export function deskIdsByName(data: TenantData, names: readonly string[]): number[] {
  return names.map((name) => data.desks.find((desk) => desk.display_name === name)?.id).filter((id): id is number => id !== undefined);
}
