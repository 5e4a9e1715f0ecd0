// TiFlux's JSON shapes for the ticket-record family (docs/tickets.md).

import type { TenantData } from '../../data/types.js';
import { isFilled, isPending } from './checklist-state.js';
import type { ChecklistRecord, HistoryRecord, StageSlaRecord } from './records.js';

const named = (data: TenantData, userId: number | null) => {
  const user = data.users.find((candidate) => candidate.id === userId);
  return user ? { id: user.id, name: user.name } : null;
};

export function renderHistory(data: TenantData, history: HistoryRecord) {
  return {
    id: history.id, action: history.action, user: named(data, history.user_id), _created_at: history.created_at,
    _type: history._type, _operation: history._operation, changes: history.changes,
  };
}

export function renderStageSla(data: TenantData, sla: StageSlaRecord) {
  const stage = data.stages.find((candidate) => candidate.id === sla.stage_id);
  const desk = data.desks.find((candidate) => candidate.id === sla.desk_id);
  return {
    id: sla.id, stage: stage ? { id: stage.id, name: stage.name } : null, desk: desk ? { id: desk.id, name: desk.display_name } : null,
    duration_in_expedient: sla.duration_in_expedient, sla_attended: sla.sla_attended, expiration: sla.expiration,
    created_at: sla.created_at, created_by: named(data, sla.created_by_id), attended_at: sla.attended_at,
    attended_by: named(data, sla.attended_by_id),
  };
}

export function renderChecklist(checklist: ChecklistRecord) {
  return {
    id: checklist.id, name: checklist.name, description: checklist.description, required: checklist.required,
    pending: checklist.required && isPending(checklist), created_at: checklist.created_at, updated_at: checklist.updated_at,
    fields: checklist.fields.map((field) => ({
      index: field.index, title: field.title, type: field.type, required: field.required, filled: isFilled(field),
      value: field.value, options: field.options.map((option) => ({ ...option })),
    })),
  };
}
