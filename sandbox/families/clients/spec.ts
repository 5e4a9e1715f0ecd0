// The clients of each organisation, described declaratively; generate.ts turns them (and their requestors) into records.

import type { TenantId } from '../../data/types.js';

export interface ClientSpec {
  name: string;
  social?: string;
  active?: boolean;
}

export interface ClientsSpec {
  /** First id of each kind; the two organisations use far-apart ranges. */
  idStart: { client: number; requestor: number };
  clients: ClientSpec[];
}

/** The main organisation: 65 clients. */
const MAIN_CLIENTS: ClientsSpec = {
  idStart: { client: 801, requestor: 15001 },
  clients: [
    { name: 'Padaria Pão Quente' },
    { name: 'Padaria Pão Quente Filial 2' },
    { name: 'Pão de Açúcar Distribuidora' },
    { name: 'Padaria Pão Dourado' },
    { name: 'Panificadora Pão Nosso' },
    { name: 'Padaria Pão Quente Filial 1', active: false },
    { name: 'Mercado São João' },
    { name: 'Mercadinho São João' },
    { name: 'Supermercado São João' },
    { name: 'Farmácia Saúde Total' },
    { name: 'Farmácia Saúde & Vida' },
    { name: 'Drogaria Saúde' },
    { name: 'Clínica Odontológica Sorriso' },
    { name: 'Clínica Sorriso Kids' },
    { name: 'Escola Monteiro Lobato' },
    { name: 'Colégio Monteiro Lobato Unidade Centro' },
    { name: 'Construtora Alvorada' },
    { name: 'Alvorada Engenharia' },
    { name: 'Transportadora Rápido Sul' },
    { name: 'Rápido Sul Logística' },
    { name: 'Auto Peças Irmãos Costa' },
    { name: 'Irmãos Costa Materiais de Construção' },
    { name: 'Hotel Beira-Mar' },
    { name: 'Pousada Beira-Mar' },
    { name: 'Restaurante Sabor Mineiro' },
    { name: 'Sabor Mineiro Delivery' },
    { name: 'Advocacia Ferraz & Associados', social: 'Ferraz e Associados Sociedade de Advogados' },
    { name: 'Contabilidade Ferraz' },
    { name: 'Ótica Visão Clara' },
    { name: 'Academia Corpo em Movimento' },
    { name: 'Pet Shop Amigo Fiel' },
    { name: 'Clínica Veterinária Amigo Fiel' },
    { name: 'Imobiliária Casa Nova' },
    { name: 'Casa Nova Móveis' },
    { name: 'Gráfica Impressão Rápida' },
    { name: 'Cooperativa Agrícola Vale Verde' },
    { name: 'Vale Verde Laticínios' },
    { name: 'Indústria Metalúrgica Aço Forte' },
    { name: 'Aço Forte Distribuidora' },
    { name: 'Tech Soluções em TI' },
    { name: 'TechSol Informática' },
    { name: 'Lavanderia Bolha de Sabão' },
    { name: 'Papelaria Ponto Certo' },
    { name: 'Ponto Certo Contabilidade' },
    { name: 'Açougue Boi Gordo' },
    { name: 'Sorveteria Gelato Mio' },
    { name: 'Floricultura Jardim Secreto' },
    { name: 'Jardim Secreto Paisagismo' },
    { name: 'Centro Médico Santa Clara' },
    { name: 'Hospital Santa Clara' },
    { name: 'Laboratório Santa Clara Análises' },
    { name: 'Estúdio Fotográfico Luz & Cor' },
    { name: 'Marcenaria Madeira Nobre' },
    { name: 'Distribuidora de Bebidas Gelada' },
    { name: 'Posto Estrela do Sul' },
    { name: 'Estrela do Sul Turismo' },
    { name: 'Ateliê Costura Fina' },
    { name: 'Oficina Mecânica do Zé' },
    { name: 'Zé Auto Center' },
    { name: 'Livraria Página Virada' },
    { name: 'Cervejaria Lúpulo Dourado' },
    { name: 'Condomínio Residencial Jardins' },
    { name: 'Associação dos Moradores do Jardim América' },
    { name: 'Instituto Educacional Aprender' },
    { name: 'Clínica Fisioterapia Movimento', active: false },
  ],
};

const OTHER_CLIENTS: ClientsSpec = {
  idStart: { client: 50801, requestor: 65001 },
  clients: [
    { name: 'Padaria Pão Quente' },
    { name: 'Loja Beta Center' },
    { name: 'Consultório Dr. Beta' },
    { name: 'Escritório Gama Contábil' },
  ],
};

export const CLIENT_SPECS: Record<TenantId, ClientsSpec> = { main: MAIN_CLIENTS, other: OTHER_CLIENTS };
