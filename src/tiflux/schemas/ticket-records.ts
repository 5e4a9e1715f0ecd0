/** Histories, stage SLAs and checklists of a ticket (docs/tickets.md). Loose objects: unused fields pass through. */
import * as z from 'zod';
import { commonSchemas, lazySchemas } from './common.js';

function buildTicketRecordSchemas() {
  const { namedRef, numericId, optionalText, textOrNumber } = commonSchemas();

  const historySchema = z.looseObject({
    id: numericId.nullish(),
    action: optionalText,
    user: namedRef.nullish(),
    _created_at: optionalText,
    _type: optionalText,
    _operation: optionalText,
    changes: z
      .looseObject({
        fields: z.array(z.string()).nullish(),
        old_values: z.record(z.string(), z.unknown()).nullish(),
        new_values: z.record(z.string(), z.unknown()).nullish(),
      })
      .nullish(),
  });

  const stageSlaSchema = z.looseObject({
    id: numericId.nullish(),
    stage: namedRef.nullish(),
    desk: namedRef.nullish(),
    duration_in_expedient: textOrNumber,
    sla_attended: z.boolean().nullish(),
    expiration: optionalText,
    created_at: optionalText,
    created_by: namedRef.nullish(),
    attended_at: optionalText,
    attended_by: namedRef.nullish(),
  });

  /** Option ids may be strings, numbers or null (a header option): docs/tickets.md. */
  const optionId = z.union([z.string(), z.number()]).nullish();
  const checklistFieldSchema = z.looseObject({
    index: z.number().int(),
    title: optionalText,
    type: optionalText,
    required: z.boolean().nullish(),
    filled: z.boolean().nullish(),
    value: z.union([z.string(), z.number(), z.boolean()]).nullish(),
    options: z
      .array(z.looseObject({ id: optionId, description: optionalText, value: z.union([z.boolean(), z.string(), z.number()]).nullish() }))
      .nullish(),
  });

  const checklistSchema = z.looseObject({
    id: numericId.nullish(),
    name: optionalText,
    description: optionalText,
    required: z.boolean().nullish(),
    pending: z.boolean().nullish(),
    created_at: optionalText,
    updated_at: optionalText,
    fields: z.array(checklistFieldSchema).nullish(),
  });

  return {
    historyListSchema: z.array(historySchema),
    stageSlaListSchema: z.array(stageSlaSchema),
    checklistSchema,
    checklistListSchema: z.array(checklistSchema),
  };
}

export const ticketRecordSchemas = lazySchemas(buildTicketRecordSchemas);

type Built = ReturnType<typeof buildTicketRecordSchemas>;
export type TicketHistory = z.output<Built['historyListSchema']>[number];
export type StageSla = z.output<Built['stageSlaListSchema']>[number];
export type Checklist = z.output<Built['checklistSchema']>;
export type ChecklistField = NonNullable<Checklist['fields']>[number];
