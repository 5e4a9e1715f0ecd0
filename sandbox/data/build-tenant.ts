// Turns a TenantSpec into records: desks, stages, priorities, catalogue, groups, users, clients, requestors and
// custom fields. Tickets and their conversations are generated in build-tickets.ts.

import { buildTickets } from './build-tickets.js';
import { formatDuration, toBrasiliaIso } from './dates.js';
import { SeededRandom } from './random.js';
import { emailLocalPart, slugify } from './text.js';
import type { TenantSpec } from './tenant-spec.js';
import type { DeskRecord, StatusRecord, TenantData, UserRecord } from './types.js';

/**
 * Ticket statuses. There is no endpoint listing them (docs/tiflux-rest-api.md#tickets, rule 5), so clients must know the
 * ids.
 */
export const TICKET_STATUSES: StatusRecord[] = [
  { id: 1, name: 'Aberto', default_open: true, state: 'open' },
  { id: 2, name: 'Em atendimento', default_open: false, state: 'open' },
  { id: 3, name: 'Aguardando cliente', default_open: false, state: 'open' },
  { id: 4, name: 'Fechado', default_open: false, state: 'closed' },
  { id: 5, name: 'Cancelado', default_open: false, state: 'canceled' },
];

const PRIORITIES = [
  { name: 'Baixa', start: 8 * 60, end: 72 * 60 },
  { name: 'Média', start: 4 * 60, end: 48 * 60 },
  { name: 'Alta', start: 2 * 60, end: 24 * 60 },
  { name: 'Urgente', start: 30, end: 8 * 60 },
];

type Counters = { [K in keyof TenantSpec['idStart']]: () => number };

function makeCounters(starts: TenantSpec['idStart']): Counters {
  const counters = {} as Counters;
  for (const key of Object.keys(starts) as (keyof TenantSpec['idStart'])[]) {
    let next = starts[key];
    counters[key] = () => next++;
  }
  return counters;
}

export function buildTenant(spec: TenantSpec): TenantData {
  const random = new SeededRandom(spec.randomSeed);
  const ids = makeCounters(spec.idStart);
  // Families (sandbox/families) add their own record lists to TenantData and fill them in their seed, after this.
  const base: Partial<TenantData> = {
    organisation: { ...spec.organisation },
    statuses: TICKET_STATUSES.map((status) => ({ ...status })),
    desks: [], stages: [], priorities: [], catalogs: [], areas: [], catalogItems: [], technicalGroups: [],
    users: [], clients: [], requestors: [], entities: [], entityFields: [], tickets: [], answers: [],
    internalCommunications: [], files: [],
    sequences: { ticketNumber: 0, answer: 0, internalCommunication: 0, file: 0, requestor: 0 },
  };
  const data = base as TenantData;

  const deskByName = buildDesks(spec, data, ids);
  buildCatalog(spec, data, ids, random, deskByName);
  buildGroupsAndUsers(spec, data, ids, random, deskByName);
  buildClients(spec, data, ids, random);
  buildEntities(spec, data, ids, deskByName);
  buildTickets(spec, data, random, {
    answer: ids.answer, internalCommunication: ids.internalCommunication, file: ids.file,
  });

  data.sequences = {
    ticketNumber: spec.firstTicketNumber + spec.ticketCount,
    answer: ids.answer(),
    internalCommunication: ids.internalCommunication(),
    file: ids.file(),
    requestor: ids.requestor(),
  };
  return data;
}

function buildDesks(spec: TenantSpec, data: TenantData, ids: Counters): Map<string, DeskRecord> {
  const deskByName = new Map<string, DeskRecord>();
  for (const deskSpec of spec.desks) {
    const desk: DeskRecord = {
      id: ids.desk(),
      name: deskSpec.name ?? slugify(deskSpec.display_name),
      display_name: deskSpec.display_name,
      description: `Mesa ${deskSpec.display_name}`,
      active: deskSpec.active ?? true,
      internal_desk: deskSpec.internal_desk ?? false,
      cancelable_tickets: deskSpec.cancelable_tickets ?? true,
      require_service_catalog_open_ticket: deskSpec.require_service_catalog_open_ticket ?? false,
      require_catalog_item_to_close: deskSpec.require_catalog_item_to_close ?? false,
      required_fields: deskSpec.required_fields ?? [],
      transfer_desk_ids: [],
      appointment_type: 'manual',
      desk_with_sla: (deskSpec.ticket_weight ?? 0) > 1,
    };
    data.desks.push(desk);
    deskByName.set(desk.display_name, desk);

    (deskSpec.stages ?? spec.defaultStages).forEach((name, index) => {
      data.stages.push({ id: ids.stage(), desk_id: desk.id, name, index: index + 1, max_time: index % 3 === 0 ? null : formatDuration((index + 1) * 60) });
    });
    PRIORITIES.forEach((priority, index) => {
      data.priorities.push({
        id: ids.priority(), desk_id: desk.id, name: priority.name, order: index + 1,
        start_time: formatDuration(priority.start), end_time: formatDuration(priority.end),
      });
    });
  }
  // Relationships refer to desks by name, so resolve them once every desk exists.
  for (const deskSpec of spec.desks) {
    const desk = deskByName.get(deskSpec.display_name)!;
    desk.transfer_desk_ids = (deskSpec.transfers_to ?? [])
      .map((name) => deskByName.get(name)?.id)
      .filter((id): id is number => id !== undefined && id !== desk.id);
  }
  return deskByName;
}

function buildCatalog(
  spec: TenantSpec, data: TenantData, ids: Counters, random: SeededRandom, deskByName: Map<string, DeskRecord>,
): void {
  for (const catalogSpec of spec.catalogs) {
    const desk_ids = spec.desks
      .filter((desk) => desk.catalogs?.includes(catalogSpec.name))
      .map((desk) => deskByName.get(desk.display_name)!.id);
    const catalog = { id: ids.catalog(), name: catalogSpec.name, desk_ids };
    data.catalogs.push(catalog);
    for (const areaSpec of catalogSpec.areas) {
      const area = { id: ids.area(), catalog_id: catalog.id, name: areaSpec.name };
      data.areas.push(area);
      const names = areaSpec.actions.flatMap((action) => areaSpec.objects.map((object) => `${action} ${object}`));
      const entries = [
        ...[...names, ...(areaSpec.extra ?? [])].map((name) => ({ name, selectable: true })),
        ...(areaSpec.unselectable ?? []).map((name) => ({ name, selectable: false })),
      ];
      for (const entry of entries) {
        const start = random.int(1, 8) * 60;
        data.catalogItems.push({
          id: ids.item(), area_id: area.id, name: entry.name, selectable: entry.selectable,
          start_time: formatDuration(start), end_time: formatDuration(start + random.int(1, 12) * 240),
        });
      }
    }
  }
}

function buildGroupsAndUsers(
  spec: TenantSpec, data: TenantData, ids: Counters, random: SeededRandom, deskByName: Map<string, DeskRecord>,
): void {
  const groupIdByName = new Map<string, number>();
  for (const groupSpec of spec.technicalGroups) {
    const group = {
      id: ids.group(),
      name: groupSpec.name,
      desk_ids: groupSpec.desks.map((name) => deskByName.get(name)?.id).filter((id): id is number => id !== undefined),
    };
    data.technicalGroups.push(group);
    groupIdByName.set(group.name, group.id);
  }

  const domain = spec.organisation.domain;
  const addStaff = (staff: TenantSpec['staff'][number]) => {
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

function buildClients(spec: TenantSpec, data: TenantData, ids: Counters, random: SeededRandom): void {
  const activeDeskIds = data.desks.filter((desk) => desk.active).map((desk) => desk.id);
  const clientUsers = data.users.filter((user) => user._type === 'client');
  spec.clients.forEach((clientSpec, index) => {
    const slug = slugify(clientSpec.name);
    const createdAt = toBrasiliaIso(new Date(Date.UTC(2024, random.int(0, 11), random.int(1, 28), 13)));
    const client = {
      id: ids.client(),
      name: clientSpec.name,
      social: clientSpec.social ?? `${clientSpec.name} Ltda`,
      social_revenue: fakeCnpj(random),
      status: clientSpec.active ?? true,
      email_financial: `financeiro@${slug}.test`,
      sms_financial: null,
      // Derived from the index, not the PRNG: drawing more numbers here would reshuffle every later record.
      municipal_registration: index % 4 === 0 ? String(310000 + index * 37) : null,
      estadual_registration: index % 5 === 0 ? String(250000000 + index * 1013) : null,
      max_agents: index % 6 === 0 ? 2 + (index % 9) : null,
      anotations: null,
      visible_to_clients: true,
      authorization_flow: false,
      billing_report_type: '' as const,
      entity_values: {},
      desk_ids: [activeDeskIds[0]!, ...random.sample(activeDeskIds.slice(1), 3)],
      technical_group_ids: random.sample(data.technicalGroups.map((group) => group.id), 2),
      created_at: createdAt,
      updated_at: createdAt,
    };
    data.clients.push(client);

    const requestorCount = 1 + (index % 3);
    for (let n = 0; n < requestorCount; n += 1) {
      const name = clientUsers[(index * 3 + n) % clientUsers.length]!.name;
      data.requestors.push({
        id: ids.requestor(), client_id: client.id, name, email: `${emailLocalPart(name)}@${slug}.test`,
        telephone: `(${random.int(11, 99)}) 9${random.int(1000, 9999)}-${random.int(1000, 9999)}`,
        extension: n === 0 ? String(random.int(200, 299)) : null, can_open_ticket: n !== 2,
        created_at: createdAt, updated_at: createdAt, entity_values: {},
      });
    }
  });
  // Client users belong to a client.
  clientUsers.forEach((user, index) => {
    user.client_ids = [data.clients[index % data.clients.length]!.id];
  });
}

function fakeCnpj(random: SeededRandom): string {
  const digits = (count: number) => Array.from({ length: count }, () => random.int(0, 9)).join('');
  return `${digits(2)}.${digits(3)}.${digits(3)}/0001-${digits(2)}`;
}

function buildEntities(spec: TenantSpec, data: TenantData, ids: Counters, deskByName: Map<string, DeskRecord>): void {
  let optionId = spec.idStart.entityField * 10;
  for (const entitySpec of spec.entities) {
    const entity = {
      id: ids.entity(),
      name: entitySpec.name,
      applied_in: entitySpec.applied_in ?? 'ticket',
      active: entitySpec.active ?? true,
      desk_ids: entitySpec.desks.map((name) => deskByName.get(name)?.id).filter((id): id is number => id !== undefined),
    };
    data.entities.push(entity);
    for (const fieldSpec of entitySpec.fields) {
      data.entityFields.push({
        id: ids.entityField(), entity_id: entity.id, name: fieldSpec.name, field_type: fieldSpec.field_type,
        required: fieldSpec.required ?? false,
        options: fieldSpec.options?.map((title) => ({ id: optionId++, title })) ?? null,
      });
    }
  }
}
