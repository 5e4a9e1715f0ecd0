// Turns the user specs into technical groups, staff and client portal users; last logins and which client users
// are active are drawn at random. Client users get their client in the clients family, which comes later.

import { makeCounters } from '../../data/counters.js';
import { toBrasiliaIso } from '../../data/dates.js';
import type { SeededRandom } from '../../data/random.js';
import { emailLocalPart } from '../../data/text.js';
import type { TenantData, TenantId } from '../../data/types.js';
import { deskIdsByName } from '../desks/generate.js';
import type { UserRecord } from './records.js';
import { USER_SPECS, type StaffSpec } from './spec.js';

export function generateUsers(data: TenantData, tenantId: TenantId, random: SeededRandom): void {
  const spec = USER_SPECS[tenantId];
  const ids = makeCounters(spec.idStart);
  data.technicalGroups = [];
  data.users = [];
  const groupIdByName = new Map<string, number>();
  for (const groupSpec of spec.technicalGroups) {
    const group = { id: ids.group(), name: groupSpec.name, desk_ids: deskIdsByName(data, groupSpec.desks) };
    data.technicalGroups.push(group);
    groupIdByName.set(group.name, group.id);
  }

  const domain = data.organisation.domain;
  const addStaff = (staff: StaffSpec) => {
    data.users.push(newUser(ids.user(), staff.name, `${emailLocalPart(staff.name)}@${domain}`, staff.type, {
      active: staff.active ?? true,
      technical_group_id: groupIdByName.get(staff.group) ?? null,
      last_login_at: toBrasiliaIso(new Date(Date.UTC(2026, 7, random.int(1, 20), random.int(11, 22)))),
    }));
  };
  spec.staff.forEach(addStaff);

  // Client portal users: real accounts have many, and they fill the first pages of /users.
  const { count, firstNames, lastNames } = spec.clientUsers;
  const used = new Set(data.users.map((user) => user.name));
  let attempt = 0;
  while (data.users.length < spec.staff.length + count) {
    const name = `${firstNames[attempt % firstNames.length]} ${lastNames[Math.floor(attempt / firstNames.length) % lastNames.length]}`;
    attempt += 1;
    if (used.has(name)) continue;
    used.add(name);
    data.users.push(newUser(ids.user(), name, `${emailLocalPart(name)}${attempt}@clientes.${domain}`, 'client', {
      active: random.chance(0.92),
    }));
  }
  spec.lateStaff.forEach(addStaff);
}

function newUser(
  id: number, name: string, email: string, type: UserRecord['_type'], extra: Partial<UserRecord>,
): UserRecord {
  return {
    id, name, email, _type: type, active: true, technical_group_id: null, telephone: null, extension: null,
    client_ids: [], gauth_enabled: false, last_login_at: null, signature: type === 'client' ? null : `<p>${name}</p>`,
    licenses: {
      whatsapp_license: false, tickets_license: type !== 'client', remote_access_license: false,
      api_license: type !== 'client', splashtop_license: false,
    },
    ...extra,
  };
}
