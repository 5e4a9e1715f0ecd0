// Turns the client specs into clients with one to three requestors each (CNPJ, desks, groups and phones drawn at
// random), and gives every client portal user (users family) a client.

import { makeCounters } from '../../data/counters.js';
import { toBrasiliaIso } from '../../data/dates.js';
import type { SeededRandom } from '../../data/random.js';
import { emailLocalPart, slugify } from '../../data/text.js';
import type { TenantData, TenantId } from '../../data/types.js';
import { CLIENT_SPECS } from './spec.js';

export function generateClients(data: TenantData, tenantId: TenantId, random: SeededRandom): void {
  const spec = CLIENT_SPECS[tenantId];
  const ids = makeCounters(spec.idStart);
  data.clients = [];
  data.requestors = [];
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
  data.sequences.requestor = ids.requestor();
}

function fakeCnpj(random: SeededRandom): string {
  const digits = (count: number) => Array.from({ length: count }, () => random.int(0, 9)).join('');
  return `${digits(2)}.${digits(3)}.${digits(3)}/0001-${digits(2)}`;
}
