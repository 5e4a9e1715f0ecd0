// The service catalogue of each organisation, described declaratively; generate.ts turns it into records.

import type { TenantId } from '../../data/types.js';
import { MAIN_CATALOGS } from './main-catalogs.js';

export interface AreaSpec {
  name: string;
  /** Item names are every action × object combination, plus the extra names. */
  actions: string[];
  objects: string[];
  extra?: string[];
  /** Names of items that exist but cannot be selected on tickets. */
  unselectable?: string[];
}

export interface CatalogSpec {
  name: string;
  areas: AreaSpec[];
}

export interface CatalogsSpec {
  /** First id of each kind; the two organisations use far-apart ranges. */
  idStart: { catalog: number; area: number; item: number };
  catalogs: CatalogSpec[];
}

const OTHER_CATALOGS: CatalogSpec[] = [
  {
    name: 'Serviços',
    areas: [
      { name: 'Sites', actions: ['Publicação de', 'Correção de'], objects: ['site', 'landing page', 'blog'] },
      { name: 'Contas', actions: ['Reset de'], objects: ['senha'], extra: ['Criação de usuário'] },
    ],
  },
];

export const CATALOG_SPECS: Record<TenantId, CatalogsSpec> = {
  main: { idStart: { catalog: 501, area: 1151, item: 30001 }, catalogs: MAIN_CATALOGS },
  other: { idStart: { catalog: 50501, area: 51151, item: 80001 }, catalogs: OTHER_CATALOGS },
};
