/** Client records and their sub-resources (docs/clients.md): loose objects, fields we read checked. */
import * as z from 'zod';
import { commonSchemas, lazySchemas } from './common.js';

function buildClientSchemas() {
  const { looseBoolean, numericId, optionalText, textOrNumber } = commonSchemas();

  const entityFieldSchema = z.looseObject({
    entity_field_id: numericId.nullish(),
    id: numericId.nullish(),
    name: optionalText,
    field_type: optionalText,
    value: z.unknown().optional(),
    /** The ticked option of a select field (label in `value`, else `title`). */
    options: z.array(z.looseObject({ id: numericId.nullish(), value: optionalText, title: optionalText })).nullish(),
  });
  const entitySchema = z.looseObject({
    id: numericId.nullish(),
    name: optionalText,
    entity_fields: z.array(entityFieldSchema).nullish(),
  });

  const deskLinkSchema = z.looseObject({ id: numericId, name: optionalText, display_name: optionalText, active: looseBoolean });
  const groupLinkSchema = z.looseObject({
    id: numericId,
    name: optionalText,
    description: optionalText,
    active: looseBoolean,
  });

  /** GET /clients/{id} (and what POST/PUT /clients answer). `anotations` is TiFlux's spelling. */
  const clientRecordSchema = z.looseObject({
    id: numericId,
    name: z.string(),
    social: optionalText,
    social_revenue: optionalText,
    status: looseBoolean,
    email: optionalText,
    email_financial: optionalText,
    sms_financial: optionalText,
    municipal_registration: optionalText,
    estadual_registration: optionalText,
    max_agents: textOrNumber,
    anotations: optionalText,
    visible_to_clients: looseBoolean,
    authorization_flow: looseBoolean,
    billing_report_type: optionalText,
    desks: z.array(deskLinkSchema).nullish(),
    technical_groups: z.array(groupLinkSchema).nullish(),
    entities: z.array(entitySchema).nullish(),
    created_at: optionalText,
    updated_at: optionalText,
  });

  const addressSchema = z.looseObject({
    id: numericId,
    street: optionalText,
    number: textOrNumber,
    complement: optionalText,
    neighborhood: optionalText,
    city: optionalText,
    state: optionalText,
    cep: optionalText,
  });

  /** The phone comes back as `telephone`, though it is sent as `number`. */
  const contactSchema = z.looseObject({
    id: numericId,
    owner: optionalText,
    use: optionalText,
    telephone: optionalText,
    email: optionalText,
    country: optionalText,
  });

  const portalUserSchema = z.looseObject({ id: numericId, name: optionalText, email: optionalText });

  /** PUT /clients/{id}/entities answers `{ entities: [ { entity_fields: [ {entity_field_id, name, value} ] } ] }`. */
  const entitiesUpdateSchema = z.looseObject({ entities: z.array(entitySchema).nullish() });

  return {
    clientRecordSchema,
    clientRecordListSchema: z.array(clientRecordSchema),
    deskLinkListSchema: z.array(deskLinkSchema),
    groupLinkListSchema: z.array(groupLinkSchema),
    addressSchema,
    addressListSchema: z.array(addressSchema),
    contactSchema,
    contactListSchema: z.array(contactSchema),
    portalUserSchema,
    entitiesUpdateSchema,
  };
}

export const clientSchemas = lazySchemas(buildClientSchemas);

type Built = ReturnType<typeof buildClientSchemas>;
export type ClientRecord = z.output<Built['clientRecordSchema']>;
export type ClientDeskLink = z.output<Built['deskLinkListSchema']>[number];
export type ClientGroupLink = z.output<Built['groupLinkListSchema']>[number];
export type ClientAddress = z.output<Built['addressSchema']>;
export type ClientContact = z.output<Built['contactSchema']>;
export type PortalUser = z.output<Built['portalUserSchema']>;
export type ClientEntitiesResult = z.output<Built['entitiesUpdateSchema']>;
