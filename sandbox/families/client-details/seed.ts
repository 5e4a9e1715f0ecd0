// Addresses, contacts and e-mail permissions for every client, derived from the client's position (no PRNG, so
// the rest of the generated data stays as it was). "Padaria Pão Quente" of the main organisation gets hand-made
// ones that tests name (CLIENT_DETAIL_FIXTURES).

import type { TenantData, TenantId } from '../../data/types.js';
import type { ClientRecord } from '../clients/records.js';
import { emailLocalPart, slugify } from '../../data/text.js';
import type { ClientAddressRecord, ClientContactRecord } from './records.js';

const CITIES = [
  { city: 'Blumenau', state: 'SC', cep: '89010' },
  { city: 'Joinville', state: 'SC', cep: '89201' },
  { city: 'Curitiba', state: 'PR', cep: '80010' },
  { city: 'São Paulo', state: 'SP', cep: '01310' },
  { city: 'Campinas', state: 'SP', cep: '13010' },
  { city: 'Belo Horizonte', state: 'MG', cep: '30130' },
  { city: 'Porto Alegre', state: 'RS', cep: '90010' },
  { city: 'Florianópolis', state: 'SC', cep: '88010' },
];
const STREETS = [
  'Rua XV de Novembro', 'Avenida Brasil', 'Rua das Palmeiras', 'Rua Sete de Setembro', 'Avenida Paulista',
  'Rua Amazonas', 'Rua Dom Pedro II', 'Avenida Beira-Mar', 'Rua São Paulo', 'Rua Itajaí',
];
const NEIGHBORHOODS = ['Centro', 'Vila Nova', 'Itoupava Norte', 'Jardim América', 'Boa Vista', 'Garcia', 'Savassi'];
const OWNERS = [
  'Marcos Vieira', 'Cristina Lopes', 'Fernando Alves', 'Patrícia Souza', 'Roberto Nunes', 'Juliana Prado',
  'Eduardo Ramos', 'Simone Castro', 'Alexandre Pinto', 'Tânia Moraes',
];

/** Known records of "Padaria Pão Quente" (main organisation). */
export const CLIENT_DETAIL_FIXTURES = {
  client: 'Padaria Pão Quente',
  /** Its addresses: the shop, the bakery's factory and a deposit. */
  addresses: [
    { id: 52001, street: 'Rua XV de Novembro', number: 1234, complement: 'Loja 2', neighborhood: 'Centro', city: 'Blumenau', state: 'SC', cep: '89010-001' },
    { id: 52002, street: 'Rua Itajaí', number: 455, complement: null, neighborhood: 'Vorstadt', city: 'Blumenau', state: 'SC', cep: '89015-200' },
    { id: 52003, street: 'Rua Dona Francisca', number: 8300, complement: 'Galpão 7', neighborhood: 'Distrito Industrial', city: 'Joinville', state: 'SC', cep: '89219-600' },
  ],
  contacts: [
    { id: 53001, use: 'Commercial', telephone: '4733221100', owner: 'Maria Helena Schmitt', email: 'maria.schmitt@padaria-pao-quente.test', country: 'BR' },
    { id: 53002, use: 'Commercial', telephone: '4733221101', owner: 'Maria Clara Schmitt', email: 'financeiro@padaria-pao-quente.test', country: 'BR' },
    { id: 53003, use: 'Personal', telephone: '47999887766', owner: 'Otto Schmitt', email: 'otto.schmitt@gmail.test', country: 'BR' },
  ],
  emailPermission: '@padaria-pao-quente.test',
  /** Its filled client custom field. */
  contractField: 'Número do contrato',
  contractNumber: 'CT-2024-0107',
  /** An address id no client has. */
  missingId: 59999,
} as const;

function generatedAddresses(client: ClientRecord, index: number, nextId: () => number): ClientAddressRecord[] {
  const count = 1 + (index % 3);
  return Array.from({ length: count }, (_, n) => {
    const place = CITIES[(index + n) % CITIES.length]!;
    return {
      id: nextId(),
      client_id: client.id,
      street: STREETS[(index * 3 + n) % STREETS.length]!,
      number: 10 + ((index * 97 + n * 31) % 2900),
      complement: n === 1 ? `Sala ${100 + index}` : null,
      neighborhood: NEIGHBORHOODS[(index + n * 2) % NEIGHBORHOODS.length]!,
      city: place.city,
      state: place.state,
      cep: `${place.cep}-${String((index * 13 + n) % 1000).padStart(3, '0')}`,
    };
  });
}

function generatedContacts(client: ClientRecord, index: number, nextId: () => number): ClientContactRecord[] {
  const count = 1 + ((index + 1) % 3);
  const domain = `${slugify(client.name)}.test`;
  return Array.from({ length: count }, (_, n) => {
    const owner = OWNERS[(index * 2 + n) % OWNERS.length]!;
    return {
      id: nextId(),
      client_id: client.id,
      use: n === 2 ? 'Personal' : 'Commercial',
      telephone: `${11 + (index % 80)}3${String(1000000 + index * 731 + n * 17).slice(-7)}`,
      owner,
      email: `${emailLocalPart(owner)}@${domain}`,
      country: 'BR',
    };
  });
}

export function seedClientDetails(tenant: TenantData, tenantId: TenantId): void {
  const base = tenantId === 'main' ? 52000 : 82000;
  let address = base + 100;
  let contact = base + 1100;
  let permission = base + 2100;
  tenant.clientAddresses = [];
  tenant.clientContacts = [];
  tenant.clientEmailPermissions = [];
  tenant.clients.forEach((client, index) => {
    if (tenantId === 'main' && client.name === CLIENT_DETAIL_FIXTURES.client) {
      tenant.clientAddresses.push(...CLIENT_DETAIL_FIXTURES.addresses.map((a) => ({ ...a, client_id: client.id })));
      tenant.clientContacts.push(...CLIENT_DETAIL_FIXTURES.contacts.map((c) => ({ ...c, client_id: client.id })));
      tenant.clientEmailPermissions.push({ id: permission++, client_id: client.id, address: CLIENT_DETAIL_FIXTURES.emailPermission });
      const contract = tenant.entityFields.find((field) => field.name === CLIENT_DETAIL_FIXTURES.contractField);
      if (contract) client.entity_values[contract.id] = { value: CLIENT_DETAIL_FIXTURES.contractNumber, option_id: null, country_code: null };
      return;
    }
    tenant.clientAddresses.push(...generatedAddresses(client, index, () => address++));
    tenant.clientContacts.push(...generatedContacts(client, index, () => contact++));
  });
  tenant.sequences.clientAddress = address;
  tenant.sequences.clientContact = contact;
  tenant.sequences.clientEmailPermission = permission;
}
