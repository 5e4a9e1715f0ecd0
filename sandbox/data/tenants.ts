// The two organisations: who they are and the seed of the one random stream their generated records draw from,
// in family order (sandbox/families/index.ts). The main one is a Brazilian IT-services company large enough to
// expose lazy lookups; the other, smaller one exists for tenant-isolation tests, and some of its names deliberately
// repeat the main organisation's ("Suporte", "Padaria Pão Quente", "Ana Souza") with different ids, so a cache or
// lookup that leaks between keys returns a visibly wrong id.

import type { OrganisationRecord, TenantId } from './types.js';

export interface TenantProfile {
  organisation: OrganisationRecord;
  randomSeed: number;
}

export const TENANTS: Record<TenantId, TenantProfile> = {
  main: { organisation: { id: 1001, name: 'Central Tec Soluções em TI', domain: 'centraltec.test' }, randomSeed: 20260821 },
  other: { organisation: { id: 2002, name: 'Beta Serviços Digitais', domain: 'betaservicos.test' }, randomSeed: 777 },
};
