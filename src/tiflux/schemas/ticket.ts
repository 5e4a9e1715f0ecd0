import { z } from 'zod';
import { looseBoolean, namedRef, numericId, optionalText, textOrNumber } from './common.js';

/** Older API shapes sent status/priority as plain strings; newer ones as objects. */
const statusOrName = z.union([z.looseObject({ id: numericId.nullish(), name: optionalText }), z.string()]).nullish();

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

export const ticketSchema = z.looseObject({
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

/** POST /tickets answers `{ ticket: {…} }`; a bare ticket is accepted too. */
export const createdTicketSchema = z
  .union([z.looseObject({ ticket: ticketSchema }), ticketSchema])
  .transform((body) => ('ticket' in body && body.ticket && typeof body.ticket === 'object' ? body.ticket : body) as Ticket);

export const ticketListSchema = z.array(ticketSchema);

/** PUT /tickets/{n}/entities answers `{ entities: [ { entity_fields: [ {entity_field_id, name, value} ] } ] }`. */
export const entitiesUpdateSchema = z.looseObject({ entities: z.array(entitySchema).nullish() });

export type Ticket = z.output<typeof ticketSchema>;
export type TicketEntity = z.output<typeof entitySchema>;
export type TicketEntityField = z.output<typeof entityFieldSchema>;
export type EntitiesUpdateResult = z.output<typeof entitiesUpdateSchema>;
