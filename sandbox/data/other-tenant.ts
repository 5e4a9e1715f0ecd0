// A second, smaller organisation for tenant-isolation tests. Some names deliberately repeat the main
// organisation's ("Suporte", "Padaria Pão Quente", "Ana Souza") with different ids, so a cache or lookup that leaks
// between keys returns a visibly wrong id.

import type { TenantSpec } from './tenant-spec.js';
import { TICKET_TEXTS } from './ticket-texts.js';

export const OTHER_TENANT: TenantSpec = {
  organisation: { id: 2002, name: 'Beta Serviços Digitais', domain: 'betaservicos.test' },
  randomSeed: 777,
  idStart: {
    desk: 54101, stage: 57001, priority: 59001, catalog: 50501, area: 51151, item: 80001, group: 50201,
    user: 53101, client: 50801, requestor: 65001, entity: 50012, entityField: 50072, answer: 660001,
    internalCommunication: 970001, file: 490001,
  },
  firstTicketNumber: 5001,
  ticketCount: 18,
  defaultStages: ['A fazer', 'Fazendo', 'Feito'],
  desks: [
    { display_name: 'Atendimento', catalogs: ['Serviços'], transfers_to: ['Suporte'], ticket_weight: 2 },
    { display_name: 'Suporte', catalogs: ['Serviços'], transfers_to: ['Atendimento'], ticket_weight: 2 },
    { display_name: 'Financeiro', ticket_weight: 1 },
  ],
  catalogs: [
    {
      name: 'Serviços',
      areas: [
        { name: 'Sites', actions: ['Publicação de', 'Correção de'], objects: ['site', 'landing page', 'blog'] },
        { name: 'Contas', actions: ['Reset de'], objects: ['senha'], extra: ['Criação de usuário'] },
      ],
    },
  ],
  technicalGroups: [
    { name: 'Time Beta', desks: ['Atendimento', 'Suporte', 'Financeiro'] },
  ],
  staff: [
    { name: 'Roberto Beta', type: 'admin', group: 'Time Beta' },
    { name: 'Ana Souza', type: 'attendant', group: 'Time Beta' },
    { name: 'Pedro Henrique Lima', type: 'attendant', group: 'Time Beta' },
    { name: 'Luíza Fontes', type: 'attendant', group: 'Time Beta' },
  ],
  clientUsers: { count: 6, firstNames: ['Carlos', 'Marta', 'Otávio'], lastNames: ['Reis', 'Prates'] },
  lateStaff: [],
  clients: [
    { name: 'Padaria Pão Quente' },
    { name: 'Loja Beta Center' },
    { name: 'Consultório Dr. Beta' },
    { name: 'Escritório Gama Contábil' },
  ],
  entities: [],
  ticketTexts: TICKET_TEXTS.slice(10, 28),
};
