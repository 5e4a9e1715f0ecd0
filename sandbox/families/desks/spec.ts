// The desks of each organisation, described declaratively; generate.ts turns them into records.

import type { TenantId } from '../../data/types.js';
import { MAIN_CATALOGS } from '../services-catalogs/main-catalogs.js';

export interface DeskSpec {
  display_name: string;
  /** The desk's short internal name; defaults to a slug of display_name. */
  name?: string;
  active?: boolean;
  internal_desk?: boolean;
  cancelable_tickets?: boolean;
  require_service_catalog_open_ticket?: boolean;
  require_catalog_item_to_close?: boolean;
  /** Requestor fields a new ticket must carry on this desk (docs/tiflux-rest-api.md#tickets: they come from the desk, not the requestor). */
  required_fields?: ('requestor_name' | 'requestor_email')[];
  /** Stage names in order; defaults to the spec's defaultStages. */
  stages?: string[];
  /** Names of catalogs whose items this desk offers. */
  catalogs?: string[];
  /** Display names of desks this one may transfer tickets to. */
  transfers_to?: string[];
  /** Relative weight when tickets are spread over desks (0 = no tickets). */
  ticket_weight?: number;
}

export interface DesksSpec {
  /** First id of each kind; the two organisations use far-apart ranges. */
  idStart: { desk: number; stage: number; priority: number };
  defaultStages: string[];
  desks: DeskSpec[];
}

/** The main organisation: 24 desks, one with 28 stages. */
/** 28 stages: the interesting ones ("Validação com o cliente", "Concluído") sit beyond the first page of 20. */
const FIELD_SUPPORT_STAGES = [
  'Triagem', 'Classificação', 'Aguardando aprovação', 'Em análise', 'Diagnóstico remoto',
  'Aguardando informações do cliente', 'Aguardando fornecedor', 'Aguardando peça', 'Orçamento enviado',
  'Orçamento aprovado', 'Agendamento de visita', 'Visita agendada', 'Em deslocamento', 'Em atendimento presencial',
  'Em laboratório', 'Testes internos', 'Aguardando retirada', 'Escalonado para N2', 'Escalonado para N3',
  'Aguardando janela de manutenção', 'Em manutenção', 'Configuração final', 'Homologação', 'Validação com o cliente',
  'Documentação', 'Pesquisa de satisfação', 'Pendência financeira', 'Concluído',
];

const SUPPORT_CHAIN = ['Suporte', 'Suporte N2', 'Suporte Técnico', 'Suporte Técnico Externo'];


export const MAIN_DESKS: DesksSpec = {
  idStart: { desk: 4101, stage: 7001, priority: 9001 },
  defaultStages: ['Triagem', 'Em atendimento', 'Aguardando cliente', 'Aguardando terceiros', 'Concluído'],
  desks: [
    {
      display_name: 'Suporte', name: 'suporte', stages: ['Novo', 'Triagem', 'Em atendimento', 'Aguardando cliente', 'Resolvido'],
      catalogs: MAIN_CATALOGS.map((catalog) => catalog.name), transfers_to: ['Suporte N2', 'Suporte Técnico', 'Infraestrutura'],
      ticket_weight: 8,
    },
    {
      display_name: 'Suporte N2', name: 'suporte-n2', catalogs: ['Infraestrutura', 'Sistemas'],
      require_catalog_item_to_close: true, transfers_to: SUPPORT_CHAIN, ticket_weight: 4,
    },
    {
      display_name: 'Suporte Técnico', name: 'suporte-tecnico', stages: FIELD_SUPPORT_STAGES,
      catalogs: ['Infraestrutura', 'Telefonia'], transfers_to: SUPPORT_CHAIN, ticket_weight: 5,
    },
    {
      // name and display_name differ: an exact `name=` search must match either.
      display_name: 'Suporte Técnico Externo', name: 'sup-externo', catalogs: ['Infraestrutura', 'Telefonia'],
      transfers_to: SUPPORT_CHAIN, ticket_weight: 3,
    },
    { display_name: 'Infraestrutura', catalogs: ['Infraestrutura'], transfers_to: ['Redes e Telecom', 'Suporte'], ticket_weight: 3 },
    { display_name: 'Redes e Telecom', catalogs: ['Infraestrutura', 'Telefonia'], transfers_to: ['Infraestrutura'], ticket_weight: 2 },
    { display_name: 'Desenvolvimento', name: 'dev', catalogs: ['Sistemas'], transfers_to: ['Implantação'], ticket_weight: 2 },
    {
      display_name: 'Financeiro', catalogs: ['Financeiro'], cancelable_tickets: false, transfers_to: ['Faturamento'],
      ticket_weight: 2,
    },
    { display_name: 'Faturamento', catalogs: ['Financeiro'], transfers_to: ['Financeiro'], ticket_weight: 1 },
    { display_name: 'Comercial', ticket_weight: 1 },
    {
      display_name: 'Implantação', catalogs: ['Sistemas'], require_service_catalog_open_ticket: true,
      transfers_to: ['Desenvolvimento'], ticket_weight: 1,
    },
    { display_name: 'Treinamento', catalogs: ['Sistemas'], ticket_weight: 1 },
    { display_name: 'Qualidade' },
    { display_name: 'Compras' },
    { display_name: 'RH Interno', internal_desk: true },
    { display_name: 'Field Service SP', catalogs: ['Infraestrutura'], ticket_weight: 1 },
    { display_name: 'Field Service RJ', catalogs: ['Infraestrutura'] },
    { display_name: 'Field Service MG', catalogs: ['Infraestrutura'] },
    { display_name: 'Plantão 24h', name: 'plantao', ticket_weight: 1 },
    { display_name: 'Ouvidoria', required_fields: ['requestor_name', 'requestor_email'] },
    { display_name: 'Projetos', catalogs: ['Sistemas'] },
    { display_name: 'Backoffice' },
    { display_name: 'Suporte Legado', active: false },
    { display_name: 'Cobrança', active: false, catalogs: ['Financeiro'] },
  ],
};

const OTHER_DESKS: DesksSpec = {
  idStart: { desk: 54101, stage: 57001, priority: 59001 },
  defaultStages: ['A fazer', 'Fazendo', 'Feito'],
  desks: [
    { display_name: 'Atendimento', catalogs: ['Serviços'], transfers_to: ['Suporte'], ticket_weight: 2 },
    { display_name: 'Suporte', catalogs: ['Serviços'], transfers_to: ['Atendimento'], ticket_weight: 2 },
    { display_name: 'Financeiro', ticket_weight: 1 },
  ],
};

export const DESK_SPECS: Record<TenantId, DesksSpec> = { main: MAIN_DESKS, other: OTHER_DESKS };
