/** Clients, users, desks, stages and catalogue items: the things names are resolved against. */
import { z } from 'zod';
import { looseBoolean, numericId, optionalText, textOrNumber } from './common.js';

export const clientSchema = z.looseObject({
  id: numericId,
  name: z.string(),
  social: optionalText,
  social_revenue: optionalText,
  /** true = active client. */
  status: looseBoolean,
});
export const clientListSchema = z.array(clientSchema);

/** GET /users (admin keys only). */
export const userSchema = z.looseObject({
  id: numericId,
  name: z.string(),
  email: optionalText,
  /** 'admin' | 'attendant' | anything else means a client user. Some endpoints call it `type`. */
  _type: optionalText,
  type: optionalText,
  active: looseBoolean,
});
export const userListSchema = z.array(userSchema);

/** GET /technical-users (works for non-admin keys): a flat `{id, name, email}`. */
export const technicalUserSchema = z.looseObject({ id: numericId, name: z.string(), email: optionalText });
export const technicalUserListSchema = z.array(technicalUserSchema);

export const deskSchema = z.looseObject({
  id: numericId,
  name: z.string(),
  display_name: optionalText,
  active: looseBoolean,
});
export const deskListSchema = z.array(deskSchema);

export const stageSchema = z.looseObject({
  id: numericId,
  name: z.string(),
  index: z.number().nullish(),
  first_stage: looseBoolean,
  last_stage: looseBoolean,
  max_time: textOrNumber,
});
export const stageListSchema = z.array(stageSchema);

const catalogRef = z.looseObject({ id: numericId.nullish(), name: optionalText });

export const catalogItemSchema = z.looseObject({
  id: numericId,
  name: z.string(),
  /** Attendance SLA ("HH:MM"). */
  start_time: textOrNumber,
  /** Solution SLA ("HH:MM"). */
  end_time: textOrNumber,
  area: catalogRef.nullish(),
  /** Fallback some responses use instead of `area.name`. */
  area_name: optionalText,
  catalog: catalogRef.nullish(),
});
export const catalogItemListSchema = z.array(catalogItemSchema);

export type Client = z.output<typeof clientSchema>;
export type User = z.output<typeof userSchema>;
export type TechnicalUser = z.output<typeof technicalUserSchema>;
export type Desk = z.output<typeof deskSchema>;
export type Stage = z.output<typeof stageSchema>;
export type CatalogItem = z.output<typeof catalogItemSchema>;
