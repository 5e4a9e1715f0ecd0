// The custom-field groups (entities) of each organisation, described declaratively; generate.ts turns them into records.

import type { TenantId } from '../../data/types.js';
import type { EntityAppliedIn, EntityFieldType } from './records.js';

export interface EntitySpec {
  name: string;
  /** Default "ticket". */
  applied_in?: EntityAppliedIn;
  active?: boolean;
  /** Display names of the desks whose tickets carry the group. */
  desks: string[];
  fields: { name: string; field_type: EntityFieldType; required?: boolean; options?: string[] }[];
}

export interface EntitiesSpec {
  /** First id of each kind (option ids start at ten times the first field id). */
  idStart: { entity: number; entityField: number };
  entities: EntitySpec[];
}

const MAIN_ENTITIES: EntitiesSpec = {
  idStart: { entity: 12, entityField: 72 },
  entities: [
    {
      name: 'Dados do equipamento',
      desks: ['Suporte', 'Suporte Técnico', 'Suporte Técnico Externo'],
      fields: [
        { name: 'Patrimônio', field_type: 'text' },
        { name: 'Data da compra', field_type: 'date' },
        { name: 'Setor', field_type: 'single_select', options: ['Administrativo', 'Financeiro', 'Produção', 'Comercial'] },
        { name: 'Em garantia', field_type: 'checkbox' },
        { name: 'Valor estimado', field_type: 'currency' },
      ],
    },
    {
      name: 'Contato no local',
      desks: ['Suporte Técnico Externo'],
      fields: [
        { name: 'Telefone do local', field_type: 'phone' },
        { name: 'E-mail do responsável', field_type: 'email', required: true },
        { name: 'Link do mapa', field_type: 'link' },
      ],
    },
    // Requestor custom fields (applied_in "solicitant"): "canal" names a field in both groups, "Suporte" two
    // options of Setor, so name lookups meet an ambiguous case as well as exact and near ones.
    {
      name: 'Dados do solicitante',
      applied_in: 'solicitant',
      desks: [],
      fields: [
        { name: 'Cargo', field_type: 'text' },
        { name: 'Setor', field_type: 'single_select', options: ['Financeiro', 'Compras', 'Suporte N1', 'Suporte N2', 'Diretoria'] },
        { name: 'Canal preferido', field_type: 'single_select', options: ['E-mail', 'Telefone', 'WhatsApp'] },
        { name: 'Data de admissão', field_type: 'date' },
      ],
    },
    {
      name: 'Preferências de atendimento',
      applied_in: 'solicitant',
      desks: [],
      fields: [
        { name: 'Canal de retorno', field_type: 'single_select', options: ['E-mail', 'Ligação'] },
        { name: 'Recebe pesquisa de satisfação', field_type: 'checkbox' },
      ],
    },
    {
      name: 'Dados contratuais',
      applied_in: 'client',
      desks: [],
      fields: [
        { name: 'Número do contrato', field_type: 'text', required: true },
        { name: 'Plano', field_type: 'single_select', options: ['Bronze', 'Prata', 'Ouro'] },
      ],
    },
    // A second client group: "Número" starts two fields and "Cartão" two options, so client custom-field lookups
    // meet an ambiguous case beside exact and near ones.
    {
      name: 'Dados de faturamento',
      applied_in: 'client',
      desks: [],
      fields: [
        { name: 'Número do pedido de compra', field_type: 'text' },
        { name: 'Forma de pagamento', field_type: 'single_select', options: ['Boleto', 'Pix', 'Cartão de crédito', 'Cartão de débito'] },
        { name: 'Vencimento do contrato', field_type: 'date' },
        { name: 'Portal do cliente', field_type: 'link' },
      ],
    },
    { name: 'Campos antigos', applied_in: 'solicitant', active: false, desks: [], fields: [{ name: 'Ramal antigo', field_type: 'text' }] },
  ],
};

const OTHER_ENTITIES: EntitiesSpec = { idStart: { entity: 50012, entityField: 50072 }, entities: [] };

export const ENTITY_SPECS: Record<TenantId, EntitiesSpec> = { main: MAIN_ENTITIES, other: OTHER_ENTITIES };
