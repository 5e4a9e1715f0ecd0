// Contracts of several modalities and states for a handful of the main organisation's clients; one for the other.

import type { TenantData, TenantId } from '../../data/types.js';
import type { ContractModality, ContractRecord, ContractStatus } from './records.js';

const brl = (value: number) =>
  `R$ ${value.toLocaleString('pt-BR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

interface ContractSpec {
  name: string;
  client: string;
  type: string;
  modality: ContractModality;
  status: ContractStatus;
  cancelled?: boolean;
  expiration: string | null;
  readjustment: string | null;
  total: number;
  rider: number;
  tax: number;
  duration: number;
}

const MAIN_TYPES = ['Suporte mensal', 'Banco de horas', 'Locação de equipamentos', 'Licenciamento de software'];

const MAIN_CONTRACTS: ContractSpec[] = [
  { name: 'Suporte mensal Padaria Pão Quente', client: 'Padaria Pão Quente', type: 'Suporte mensal', modality: 'Free', status: 'actives', expiration: '2027-03-31', readjustment: '2027-01-01', total: 18600, rider: 1550, tax: 0, duration: 12 },
  { name: 'Banco de horas 40h Padaria Pão Quente', client: 'Padaria Pão Quente', type: 'Banco de horas', modality: 'Hours', status: 'actives', expiration: '2026-12-31', readjustment: null, total: 7200, rider: 600, tax: 180, duration: 12 },
  { name: 'Locação de impressoras Padaria Pão Quente', client: 'Padaria Pão Quente', type: 'Locação de equipamentos', modality: 'Saas/Product', status: 'readjust', expiration: '2027-06-30', readjustment: '2026-09-01', total: 5400, rider: 450, tax: 0, duration: 24 },
  { name: 'Suporte Farmácia Saúde Total', client: 'Farmácia Saúde Total', type: 'Suporte mensal', modality: 'Per ticket', status: 'actives', expiration: '2027-02-28', readjustment: '2027-02-01', total: 9600, rider: 800, tax: 95, duration: 12 },
  { name: 'Créditos de atendimento Clínica Sorriso', client: 'Clínica Odontológica Sorriso', type: 'Banco de horas', modality: 'Credit', status: 'actives', expiration: '2026-11-30', readjustment: null, total: 3000, rider: 250, tax: 0, duration: 12 },
  { name: 'Horas acumuladas Construtora Alvorada', client: 'Construtora Alvorada', type: 'Banco de horas', modality: 'Cumulative Hours', status: 'actives', expiration: '2027-08-31', readjustment: '2027-08-01', total: 14400, rider: 1200, tax: 220, duration: 12 },
  { name: 'Suporte compartilhado Rede São João', client: 'Mercado São João', type: 'Suporte mensal', modality: 'Shared', status: 'expired', expiration: '2026-05-31', readjustment: null, total: 8400, rider: 700, tax: 0, duration: 12 },
  { name: 'ERP escolar Monteiro Lobato', client: 'Escola Monteiro Lobato', type: 'Licenciamento de software', modality: 'Saas/Product', status: 'expired', cancelled: true, expiration: '2026-02-28', readjustment: null, total: 4800, rider: 400, tax: 0, duration: 12 },
];

const OTHER_CONTRACTS: ContractSpec[] = [
  { name: 'Manutenção de site Padaria Pão Quente', client: 'Padaria Pão Quente', type: 'Manutenção de sites', modality: 'Hours', status: 'actives', expiration: '2027-01-31', readjustment: null, total: 2400, rider: 200, tax: 0, duration: 12 },
];

export function seedContracts(tenant: TenantData, tenantId: TenantId): void {
  const [specs, typeNames, firstType, firstContract] =
    tenantId === 'main'
      ? [MAIN_CONTRACTS, MAIN_TYPES, 31, 6101]
      : [OTHER_CONTRACTS, ['Manutenção de sites'], 50031, 56101];
  tenant.contractTypes = typeNames.map((name, index) => ({ id: firstType + index, name }));
  tenant.contracts = specs.map((spec, index): ContractRecord => ({
    id: firstContract + index,
    name: spec.name,
    client_id: tenant.clients.find((client) => client.name === spec.client)!.id,
    contract_type_id: tenant.contractTypes.find((type) => type.name === spec.type)!.id,
    modality: spec.modality,
    status: spec.status,
    cancelled: spec.cancelled ?? false,
    expiration_date: spec.expiration,
    readjustment_date: spec.readjustment,
    total_value: brl(spec.total),
    rider_value: brl(spec.rider),
    rider_tax: brl(spec.tax),
    duration: spec.duration,
    readjust_duration: spec.readjustment ? 12 : 0,
  }));
}
