// Technical groups and users: staff (admins, attendants) and client portal users (docs/people.md).

export type UserType = 'admin' | 'attendant' | 'client';

export interface TechnicalGroupRecord {
  id: number;
  name: string;
  desk_ids: number[];
}

/** The licence flags of an attendant account (POST/PUT /users, docs/people.md). */
export const USER_LICENSES = ['whatsapp_license', 'tickets_license', 'remote_access_license', 'api_license', 'splashtop_license'] as const;
export type UserLicense = (typeof USER_LICENSES)[number];

export interface UserRecord {
  id: number;
  name: string;
  email: string;
  _type: UserType;
  active: boolean;
  technical_group_id: number | null;
  telephone: string | null;
  extension: string | null;
  client_ids: number[];
  gauth_enabled: boolean;
  last_login_at: string | null;
  signature: string | null;
  licenses: Record<UserLicense, boolean>;
}

declare module '../../data/types.js' {
  interface TenantData {
    technicalGroups: TechnicalGroupRecord[];
    users: UserRecord[];
  }
}
