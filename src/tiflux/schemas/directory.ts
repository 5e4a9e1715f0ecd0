/** Clients, users, desks, stages and catalogue items: the things names are resolved against. */
import * as z from 'zod';
import { commonSchemas, lazySchemas } from './common.js';

function buildDirectorySchemas() {
  const { looseBoolean, namedRef, numericId, optionalText, textOrNumber } = commonSchemas();

  const clientSchema = z.looseObject({
    id: numericId,
    name: z.string(),
    social: optionalText,
    social_revenue: optionalText,
    /** true = active client. */
    status: looseBoolean,
  });

  /** GET /users (admin keys only). */
  const userSchema = z.looseObject({
    id: numericId,
    name: z.string(),
    email: optionalText,
    /** 'admin' | 'attendant' | anything else means a client user. Some endpoints call it `type`. */
    _type: optionalText,
    type: optionalText,
    active: looseBoolean,
  });

  /** GET /technical-users (works for non-admin keys): a flat `{id, name, email}`. */
  const technicalUserSchema = z.looseObject({ id: numericId, name: z.string(), email: optionalText });

  const deskSchema = z.looseObject({
    id: numericId,
    name: z.string(),
    display_name: optionalText,
    active: looseBoolean,
  });

  const stageSchema = z.looseObject({
    id: numericId,
    name: z.string(),
    index: z.number().nullish(),
    first_stage: looseBoolean,
    last_stage: looseBoolean,
    max_time: textOrNumber,
  });

  const prioritySchema = z.looseObject({ id: numericId, name: z.string(), order: textOrNumber });

  const catalogItemSchema = z.looseObject({
    id: numericId,
    name: z.string(),
    /** Attendance SLA ("HH:MM"). */
    start_time: textOrNumber,
    /** Solution SLA ("HH:MM"). */
    end_time: textOrNumber,
    area: namedRef.nullish(),
    /** Fallback some responses use instead of `area.name`. */
    area_name: optionalText,
    catalog: namedRef.nullish(),
  });

  return {
    clientSchema,
    clientListSchema: z.array(clientSchema),
    userSchema,
    userListSchema: z.array(userSchema),
    technicalUserSchema,
    technicalUserListSchema: z.array(technicalUserSchema),
    deskSchema,
    deskListSchema: z.array(deskSchema),
    stageSchema,
    stageListSchema: z.array(stageSchema),
    priorityListSchema: z.array(prioritySchema),
    catalogItemSchema,
    catalogItemListSchema: z.array(catalogItemSchema),
  };
}

export const directorySchemas = lazySchemas(buildDirectorySchemas);

type Built = ReturnType<typeof buildDirectorySchemas>;
export type Client = z.output<Built['clientSchema']>;
export type User = z.output<Built['userSchema']>;
export type TechnicalUser = z.output<Built['technicalUserSchema']>;
export type Desk = z.output<Built['deskSchema']>;
export type Stage = z.output<Built['stageSchema']>;
export type Priority = z.output<Built['priorityListSchema']>[number];
export type CatalogItem = z.output<Built['catalogItemSchema']>;
