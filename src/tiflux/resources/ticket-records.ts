/**
 * What TiFlux records about a ticket besides its conversation: histories, stage passages with SLA outcome,
 * checklists (and filling one field), and reopening. Reached with `tiflux.use(createTicketRecordsApi)`.
 */
import { getPage, json, send } from '../endpoint.js';
import type { Page, PageRequest } from '../paging.js';
import { apiPath, idSegment, positionSegment, ticketNumberSegment } from '../path.js';
import { commonSchemas } from '../schemas/common.js';
import { ticketRecordSchemas, type Checklist, type StageSla, type TicketHistory } from '../schemas/ticket-records.js';
import type { Transport } from '../transport-types.js';
import type { TicketNumber } from './tickets.js';

export interface HistoryFilters extends PageRequest {
  /** 0 = stage passages, 1 = appointments. */
  history_of: 0 | 1;
  type_id_attr?: number;
  operation?: 'created' | 'updated' | 'deleted';
}

export type ChecklistItemChange =
  | { value: string | number | null }
  | { options: { id: string | number | null; checked: boolean }[] };

export interface TicketRecordsApi {
  histories(ticketNumber: TicketNumber, filters: HistoryFilters): Promise<Page<TicketHistory>>;
  stagesSlas(ticketNumber: TicketNumber, page?: PageRequest): Promise<Page<StageSla>>;
  checklists(ticketNumber: TicketNumber, page?: PageRequest): Promise<Page<Checklist>>;
  updateChecklistItem(ticketNumber: TicketNumber, checklistId: number, index: number, change: ChecklistItemChange): Promise<Checklist>;
  /** PUT /tickets/{n}/reopen, with `{disapproval_reason}` only when one is given. */
  reopen(ticketNumber: TicketNumber, disapprovalReason?: string): Promise<{ message?: string | null }>;
}

export function createTicketRecordsApi(transport: Transport): TicketRecordsApi {
  return {
    histories(ticketNumber, filters) {
      const number = ticketNumberSegment(ticketNumber);
      return getPage(transport, {
        path: apiPath`/tickets/${number}/histories`,
        query: { history_of: filters.history_of, type_id_attr: filters.type_id_attr, operation: filters.operation },
        page: filters,
        schema: ticketRecordSchemas().historyListSchema,
        action: `read the history of ticket #${number}`,
        notFound: `ticket #${number}`,
      });
    },

    stagesSlas(ticketNumber, page) {
      const number = ticketNumberSegment(ticketNumber);
      return getPage(transport, {
        path: apiPath`/tickets/${number}/stages-slas`,
        page,
        schema: ticketRecordSchemas().stageSlaListSchema,
        action: `read the stage SLAs of ticket #${number}`,
        notFound: `ticket #${number}`,
      });
    },

    checklists(ticketNumber, page) {
      const number = ticketNumberSegment(ticketNumber);
      return getPage(transport, {
        path: apiPath`/tickets/${number}/checklists`,
        page,
        schema: ticketRecordSchemas().checklistListSchema,
        action: `read the checklists of ticket #${number}`,
        notFound: `ticket #${number}`,
      });
    },

    updateChecklistItem(ticketNumber, checklistId, index, change) {
      const number = ticketNumberSegment(ticketNumber);
      const checklist = idSegment(checklistId, 'checklist_id');
      // index 0 is a real field, so it cannot go through idSegment (positive ids only).
      const position = positionSegment(index, 'index');
      return send(transport, {
        method: 'PUT',
        path: apiPath`/tickets/${number}/checklists/${checklist}/items/${position}`,
        body: json(change),
        schema: ticketRecordSchemas().checklistSchema,
        action: `update field ${index} of checklist ${checklist} on ticket #${number}`,
        notFound: `ticket #${number}, checklist ${checklist} or field ${index} of it`,
      });
    },

    reopen(ticketNumber, disapprovalReason) {
      const number = ticketNumberSegment(ticketNumber);
      return send(transport, {
        method: 'PUT',
        path: apiPath`/tickets/${number}/reopen`,
        body: disapprovalReason === undefined ? undefined : json({ disapproval_reason: disapprovalReason }),
        schema: commonSchemas().messageSchema,
        action: `reopen ticket #${number}`,
        notFound: `ticket #${number}`,
      });
    },
  };
}
