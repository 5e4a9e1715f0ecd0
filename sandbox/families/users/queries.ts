// Lookups over staff that both the generator and the routes need.

import type { TenantData } from '../../data/types.js';
import type { UserRecord } from './records.js';

/** Staff (admins and attendants) whose technical group serves the desk. */
export function staffOfDesk(data: TenantData, deskId: number): UserRecord[] {
  const groupIds = new Set(data.technicalGroups.filter((group) => group.desk_ids.includes(deskId)).map((group) => group.id));
  return data.users.filter((user) => user._type !== 'client' && user.technical_group_id !== null && groupIds.has(user.technical_group_id));
}
