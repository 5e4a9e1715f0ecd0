import * as z from 'zod';
import { commonSchemas, lazySchemas } from './common.js';

function buildTicketSchemas() {
  const { looseBoolean, namedRef, numericId, optionalText, textOrNumber } = commonSchemas();

  /** Older API shapes sent status/priority as plain strings; newer ones as objects. */
  const statusOrName = z.union([namedRef, z.string()]).nullish();

  const entityFieldSchema = z.looseObject({
    entity_field_id: numericId.nullish(),
    id: numericId.nullish(),
    name: optionalText,
    field_type: optionalText,
    value: z.unknown().optional(),
    required: z.boolean().nullish(),
    options: z.unknown().optional(),
  });

  const entitySchema = z.looseObject({
    id: numericId.nullish(),
    name: optionalText,
    entity_fields: z.array(entityFieldSchema).nullish(),
  });

  const ticketSchema = z.looseObject({
    ticket_number: numericId,
    title: z.string(),
    description: optionalText,
    status: statusOrName,
    is_closed: looseBoolean,
    priority: statusOrName,
    desk: z.looseObject({ id: numericId.nullish(), name: optionalText, display_name: optionalText }).nullish(),
    stage: z
      .looseObject({
        id: numericId.nullish(),
        name: optionalText,
        index: z.number().nullish(),
        first_stage: looseBoolean,
        last_stage: looseBoolean,
        max_time: textOrNumber,
      })
      .nullish(),
    services_catalog: z
      .looseObject({
        id: numericId.nullish(),
        item_name: optionalText,
        area_id: numericId.nullish(),
        area_name: optionalText,
        catalog_id: numericId.nullish(),
        catalog_name: optionalText,
      })
      .nullish(),
    responsible: z.looseObject({ id: numericId.nullish(), name: optionalText, email: optionalText }).nullish(),
    /** c73-era name for the responsible. */
    assigned_to: namedRef.nullish(),
    client: z.looseObject({ id: numericId.nullish(), name: optionalText, social: optionalText }).nullish(),
    client_name: optionalText,
    created_by: namedRef.nullish(),
    updated_by: namedRef.nullish(),
    created_at: optionalText,
    updated_at: optionalText,
    closed_at: optionalText,
    followers: z.union([z.string(), z.array(z.string())]).nullish(),
    tags: z.union([z.array(z.string()), z.string()]).nullish(),
    worked_hours: textOrNumber,
    sla_info: z.looseObject({}).nullish(),
    url_internal_path: optionalText,
    url_external_path: optionalText,
    entities: z.array(entitySchema).nullish(),
    entity_fields: z.array(entityFieldSchema).nullish(),
  });

  return {
    ticketSchema,
    ticketListSchema: z.array(ticketSchema),
    /** PUT /tickets/{n}/entities answers `{ entities: [ { entity_fields: [ {entity_field_id, name, value} ] } ] }`. */
    entitiesUpdateSchema: z.looseObject({ entities: z.array(entitySchema).nullish() }),
    entitySchema,
    entityFieldSchema,
    /** PUT /tickets/{n}: the answer is not documented; whatever JSON TiFlux sends is passed on as is. */
    updateAnswerSchema: z.unknown(),
  };
}

export const ticketSchemas = lazySchemas(buildTicketSchemas);

type Built = ReturnType<typeof buildTicketSchemas>;
export type Ticket = z.output<Built['ticketSchema']>;
export type TicketEntity = z.output<Built['entitySchema']>;
export type TicketEntityField = z.output<Built['entityFieldSchema']>;
export type EntitiesUpdateResult = z.output<Built['entitiesUpdateSchema']>;
