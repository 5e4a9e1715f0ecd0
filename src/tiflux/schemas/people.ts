/**
 * Requestors, attendant accounts, departments, desk configuration and custom-field metadata (docs/people.md).
 * Loose objects, as everywhere: fields we do not read pass through.
 */
import * as z from 'zod';
import { commonSchemas, lazySchemas } from './common.js';
import { ticketSchemas } from './ticket.js';

function buildPeopleSchemas() {
  const { looseBoolean, namedRef, numericId, optionalText, textOrNumber } = commonSchemas();
  const { entitySchema, entityFieldSchema, entitiesUpdateSchema } = ticketSchemas();

  /** GET /requestors, /clients/{cid}/requestors and …/{id}: `client` only on the global list and the get. */
  const requestorSchema = z.looseObject({
    id: numericId,
    name: z.string(),
    email: optionalText,
    telephone: optionalText,
    extension: optionalText,
    can_open_ticket: looseBoolean,
    client: namedRef.nullish(),
    created_at: optionalText,
    updated_at: optionalText,
    /** List shape, with include_entity_fields=true. */
    entity_fields: z.array(entityFieldSchema).nullish(),
    /** Get shape, with include_entity_fields=true. */
    entities: z.array(entitySchema).nullish(),
  });

  /** GET/POST/PUT /users/{id} (admin keys). */
  const userAccountSchema = z.looseObject({
    id: numericId,
    name: z.string(),
    email: optionalText,
    _type: optionalText,
    active: looseBoolean,
    technical_group_id: numericId.nullish(),
    telephone: optionalText,
    extension: optionalText,
    client_ids: z.array(numericId).nullish(),
    last_login_at: optionalText,
    gauth_enabled: looseBoolean,
    signature: optionalText,
  });

  const technicalGroupSchema = z.looseObject({ id: numericId, name: z.string() });
  const departmentSchema = z.looseObject({ id: numericId, name: z.string() });
  const meSchema = z.looseObject({ id: numericId.nullish(), name: optionalText, email: optionalText });

  /** GET /desks/{id}: the configuration (docs/people.md); `required_fields` may be an array or a string. */
  const deskDetailSchema = z.looseObject({
    id: numericId,
    name: z.string(),
    display_name: optionalText,
    description: optionalText,
    active: looseBoolean,
    required_fields: z.union([z.array(z.string()), z.string()]).nullish(),
  });
  const prioritySchema = z.looseObject({
    id: numericId,
    name: z.string(),
    order: z.number().nullish(),
    start_time: textOrNumber,
    end_time: textOrNumber,
  });
  const deskCatalogSchema = z.looseObject({ id: numericId, name: z.string() });

  const entityMetaSchema = z.looseObject({ id: numericId, name: z.string(), applied_in: optionalText, active: looseBoolean });
  const entityFieldMetaSchema = z.looseObject({
    id: numericId,
    name: z.string(),
    field_type: optionalText,
    required: looseBoolean,
  });
  /** `value` is the label; some payloads call it `title`. */
  const entityOptionSchema = z.looseObject({ id: numericId, value: optionalText, title: optionalText, null_option: looseBoolean });

  return {
    requestorSchema,
    requestorListSchema: z.array(requestorSchema),
    userAccountSchema,
    technicalGroupListSchema: z.array(technicalGroupSchema),
    departmentListSchema: z.array(departmentSchema),
    meSchema,
    deskDetailSchema,
    priorityListSchema: z.array(prioritySchema),
    deskCatalogListSchema: z.array(deskCatalogSchema),
    entityMetaListSchema: z.array(entityMetaSchema),
    entityFieldMetaListSchema: z.array(entityFieldMetaSchema),
    entityOptionListSchema: z.array(entityOptionSchema),
    entitiesUpdateSchema,
  };
}

export const peopleSchemas = lazySchemas(buildPeopleSchemas);

type Built = ReturnType<typeof buildPeopleSchemas>;
type RowOf<K extends keyof Built> = z.output<Built[K]> extends readonly (infer T)[] ? T : never;
export type Requestor = z.output<Built['requestorSchema']>;
export type UserAccount = z.output<Built['userAccountSchema']>;
export type TechnicalGroup = RowOf<'technicalGroupListSchema'>;
export type Department = RowOf<'departmentListSchema'>;
export type DeskDetail = z.output<Built['deskDetailSchema']>;
export type Priority = RowOf<'priorityListSchema'>;
export type DeskCatalog = RowOf<'deskCatalogListSchema'>;
export type EntityMeta = RowOf<'entityMetaListSchema'>;
export type EntityFieldMeta = RowOf<'entityFieldMetaListSchema'>;
export type EntityOption = RowOf<'entityOptionListSchema'>;
