// Hand-made requestors with known names, layered on the generated ones, so the requestor lookups meet an exact
// match, a near match and an ambiguous case: "Maria Aparecida Santos" is a requestor of two clients (TiFlux keeps
// one requestor record per client), and Padaria Pão Quente has two Marias.

import { toBrasiliaIso } from '../../data/dates.js';
import type { TenantData, TenantId } from '../../data/types.js';
import type { RequestorRecord } from './records.js';

export const PEOPLE_FIXTURES = {
  /** Client with the two Marias. */
  client: 'Padaria Pão Quente',
  /** Second client where Maria Aparecida Santos is a requestor too. */
  otherClient: 'Padaria Pão Quente Filial 2',
  sharedRequestor: 'Maria Aparecida Santos',
  sharedEmail: 'maria.santos@padariapaoquente.test',
  secondMaria: 'Maria Clara Fonseca',
  secondMariaEmail: 'maria.clara@padariapaoquente.test',
  /** Requestor of Mercado São João only. */
  mercadoRequestor: 'João Batista Rocha',
  mercadoEmail: 'joao.rocha@mercadosaojoao.test',
} as const;

export function seedPeopleFixtures(data: TenantData, tenantId: TenantId): void {
  if (tenantId !== 'main') return;
  const clientId = (name: string) => data.clients.find((client) => client.name === name)!.id;
  const at = toBrasiliaIso(new Date(Date.UTC(2025, 2, 10, 13)));
  const add = (client: string, fields: Pick<RequestorRecord, 'name' | 'email' | 'telephone'> & Partial<RequestorRecord>) => {
    const requestor: RequestorRecord = {
      id: data.sequences.requestor++, client_id: clientId(client), extension: null, can_open_ticket: true,
      created_at: at, updated_at: at, entity_values: {}, ...fields,
    };
    data.requestors.push(requestor);
    return requestor;
  };
  const maria = add(PEOPLE_FIXTURES.client, {
    name: PEOPLE_FIXTURES.sharedRequestor, email: PEOPLE_FIXTURES.sharedEmail, telephone: '(47) 99123-4567', extension: '201',
  });
  add(PEOPLE_FIXTURES.client, { name: PEOPLE_FIXTURES.secondMaria, email: PEOPLE_FIXTURES.secondMariaEmail, telephone: '(47) 99876-1234' });
  add(PEOPLE_FIXTURES.otherClient, { name: PEOPLE_FIXTURES.sharedRequestor, email: PEOPLE_FIXTURES.sharedEmail, telephone: '(47) 99123-4567' });
  add(PEOPLE_FIXTURES.otherClient, { name: 'Mário Sérgio Prado', email: 'mario.prado@padariapaoquente.test', telephone: null });
  add('Mercado São João', { name: PEOPLE_FIXTURES.mercadoRequestor, email: PEOPLE_FIXTURES.mercadoEmail, telephone: '(11) 98888-7777' });

  // Custom fields already filled on Maria (Padaria Pão Quente): Cargo and Setor.
  const entity = data.entities.find((candidate) => candidate.name === 'Dados do solicitante')!;
  const field = (name: string) => data.entityFields.find((candidate) => candidate.entity_id === entity.id && candidate.name === name)!;
  const setor = field('Setor');
  const financeiro = setor.options!.find((option) => option.title === 'Financeiro')!;
  maria.entity_values[field('Cargo').id] = { value: 'Gerente administrativa', option_id: null, country_code: null };
  maria.entity_values[setor.id] = { value: String(financeiro.id), option_id: financeiro.id, country_code: null };
}
