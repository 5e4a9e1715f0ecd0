// The technical groups and users of each organisation, described declaratively; generate.ts turns them into records.

import type { TenantId } from '../../data/types.js';
import type { UserType } from './records.js';

export interface StaffSpec {
  name: string;
  type: Exclude<UserType, 'client'>;
  group: string;
  active?: boolean;
}

export interface UsersSpec {
  /** First id of each kind; the two organisations use far-apart ranges. */
  idStart: { group: number; user: number };
  /** Groups and the display names of the desks they serve. */
  technicalGroups: { name: string; desks: string[] }[];
  staff: StaffSpec[];
  /** Client portal users generated from these name parts; they push later staff beyond the first pages of /users. */
  clientUsers: { count: number; firstNames: string[]; lastNames: string[] };
  /** Staff hired later: created after the client users, so their ids sort last. */
  lateStaff: StaffSpec[];
}

/** The main organisation: ~240 users. */
const MAIN_USERS: UsersSpec = {
  idStart: { group: 201, user: 3101 },
  technicalGroups: [
    { name: 'Atendimento N1', desks: ['Suporte', 'Plantão 24h', 'Ouvidoria'] },
    { name: 'Atendimento N2', desks: ['Suporte', 'Suporte N2'] },
    { name: 'Suporte Técnico', desks: ['Suporte Técnico', 'Suporte Técnico Externo', 'Field Service SP', 'Field Service RJ', 'Field Service MG'] },
    { name: 'Infraestrutura e Redes', desks: ['Infraestrutura', 'Redes e Telecom'] },
    { name: 'Desenvolvimento', desks: ['Desenvolvimento', 'Implantação', 'Projetos', 'Treinamento'] },
    { name: 'Financeiro', desks: ['Financeiro', 'Faturamento', 'Cobrança'] },
    { name: 'Comercial e Administrativo', desks: ['Comercial', 'Qualidade', 'Compras', 'Backoffice', 'RH Interno'] },
    { name: 'Gestão', desks: ['Suporte', 'Suporte N2', 'Suporte Técnico'] },
  ],
  staff: [
    { name: 'Carla Mendes', type: 'admin', group: 'Gestão' },
    { name: 'Rafael Oliveira', type: 'attendant', group: 'Atendimento N1' },
    { name: 'Ana Souza', type: 'attendant', group: 'Atendimento N1' },
    { name: 'Ana Paula Ribeiro', type: 'attendant', group: 'Atendimento N2' },
    { name: 'Ana Luíza Martins', type: 'attendant', group: 'Suporte Técnico' },
    { name: 'João Pedro Alves', type: 'attendant', group: 'Suporte Técnico' },
    { name: 'João Carlos Ferreira', type: 'attendant', group: 'Infraestrutura e Redes' },
    { name: 'José Antônio Lima', type: 'attendant', group: 'Suporte Técnico' },
    { name: 'Maria Eduarda Costa', type: 'attendant', group: 'Atendimento N1' },
    { name: 'Maria José Nascimento', type: 'attendant', group: 'Financeiro' },
    { name: 'Márcia Gonçalves', type: 'attendant', group: 'Financeiro' },
    { name: 'Lucas Araújo', type: 'attendant', group: 'Desenvolvimento' },
    { name: 'Lucas Barbosa', type: 'attendant', group: 'Atendimento N2' },
    { name: 'Gabriel Rocha', type: 'attendant', group: 'Infraestrutura e Redes' },
    { name: 'Camila Duarte', type: 'attendant', group: 'Comercial e Administrativo' },
    { name: 'Fernanda Lopes', type: 'attendant', group: 'Atendimento N1' },
    { name: 'Beatriz Cardoso', type: 'attendant', group: 'Desenvolvimento' },
    { name: 'Bruno Teixeira', type: 'attendant', group: 'Suporte Técnico' },
    { name: 'Diego Moreira', type: 'attendant', group: 'Atendimento N2' },
    { name: 'Eduardo Pires', type: 'attendant', group: 'Infraestrutura e Redes', active: false },
    { name: 'Felipe Castro', type: 'attendant', group: 'Suporte Técnico' },
    { name: 'Gustavo Dias', type: 'attendant', group: 'Desenvolvimento' },
    { name: 'Helena Vieira', type: 'attendant', group: 'Atendimento N1' },
    { name: 'Igor Nogueira', type: 'attendant', group: 'Suporte Técnico' },
    { name: 'Juliana Freitas', type: 'attendant', group: 'Comercial e Administrativo' },
    { name: 'Larissa Correia', type: 'attendant', group: 'Atendimento N2' },
    { name: 'Letícia Andrade', type: 'attendant', group: 'Financeiro' },
    { name: 'Marcelo Batista', type: 'attendant', group: 'Infraestrutura e Redes' },
    { name: 'Mariana Cunha', type: 'attendant', group: 'Atendimento N1' },
    { name: 'Mateus Farias', type: 'attendant', group: 'Desenvolvimento' },
    { name: 'Natália Pereira', type: 'attendant', group: 'Suporte Técnico' },
    { name: 'Patrícia Moura', type: 'attendant', group: 'Comercial e Administrativo' },
    { name: 'Paulo Sérgio Matos', type: 'attendant', group: 'Suporte Técnico' },
    { name: 'Renata Azevedo', type: 'attendant', group: 'Atendimento N2' },
    { name: 'Rodrigo Peixoto', type: 'attendant', group: 'Infraestrutura e Redes' },
    { name: 'Sabrina Campos', type: 'attendant', group: 'Atendimento N1', active: false },
    { name: 'Sérgio Monteiro', type: 'admin', group: 'Gestão' },
    { name: 'Tatiane Brandão', type: 'attendant', group: 'Financeiro' },
    { name: 'Thiago Machado', type: 'attendant', group: 'Suporte Técnico' },
    { name: 'Vanessa Coelho', type: 'attendant', group: 'Atendimento N2' },
    { name: 'Vinícius Santana', type: 'attendant', group: 'Desenvolvimento' },
    { name: 'Wagner Fonseca', type: 'attendant', group: 'Suporte Técnico' },
    { name: 'Yasmin Tavares', type: 'attendant', group: 'Atendimento N1' },
    { name: 'Conceição Aparecida Silva', type: 'attendant', group: 'Financeiro' },
  ],
  clientUsers: {
    count: 190,
    firstNames: [
      'Adriana', 'Alessandro', 'Aline', 'André', 'Antônio', 'Bianca', 'Caio', 'Cláudia', 'Cristiane', 'Daniel',
      'Débora', 'Elaine', 'Fábio', 'Flávia', 'Francisco', 'Giovana', 'Henrique', 'Jéssica', 'Jorge', 'Karina',
      'Leandro', 'Luana', 'Luciana', 'Márcio', 'Mônica', 'Nelson', 'Priscila', 'Ricardo', 'Rosângela', 'Simone',
      'Sônia', 'Valéria', 'Vitor', 'Ana', 'João', 'Maria',
    ],
    lastNames: [
      'Almeida', 'Barros', 'Borges', 'Carvalho', 'Cavalcanti', 'Dantas', 'Esteves', 'Fagundes', 'Figueiredo',
      'Guimarães', 'Henriques', 'Jesus', 'Leão', 'Magalhães', 'Medeiros', 'Nunes', 'Paiva', 'Queiroz', 'Rezende',
      'Sampaio', 'Siqueira', 'Toledo', 'Valadares', 'Xavier', 'Zanetti', 'Conceição', 'Araújo', 'Souza',
    ],
  },
  lateStaff: [
    // Beyond position 200 of /users: only a lookup that pages finds them.
    { name: 'Élida Conceição', type: 'attendant', group: 'Suporte Técnico' },
    { name: 'Otávio Ramos', type: 'attendant', group: 'Atendimento N2' },
    { name: 'Ângela Prado', type: 'attendant', group: 'Atendimento N1' },
    { name: 'Íris Lacerda', type: 'attendant', group: 'Infraestrutura e Redes' },
  ],
};

const OTHER_USERS: UsersSpec = {
  idStart: { group: 50201, user: 53101 },
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
};

export const USER_SPECS: Record<TenantId, UsersSpec> = { main: MAIN_USERS, other: OTHER_USERS };
