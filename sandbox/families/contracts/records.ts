// Contracts (docs/assets-and-contracts.md): read-only through the API, so the seed is all there is.

export type ContractModality = 'Free' | 'Credit' | 'Shared' | 'Hours' | 'Saas/Product' | 'Per ticket' | 'Cumulative Hours';
export type ContractStatus = 'actives' | 'readjust' | 'expired';

export interface ContractTypeRecord {
  id: number;
  name: string;
}

export interface ContractRecord {
  id: number;
  name: string;
  client_id: number;
  contract_type_id: number;
  modality: ContractModality;
  status: ContractStatus;
  /** TiFlux spells it with a double "l". */
  cancelled: boolean;
  expiration_date: string | null;
  readjustment_date: string | null;
  /** Money as TiFlux renders it, e.g. "R$ 1.250,00" (the exact format is a guess: docs/assets-and-contracts.md). */
  total_value: string;
  rider_value: string;
  rider_tax: string;
  /** Months. */
  duration: number;
  readjust_duration: number;
}

declare module '../../data/types.js' {
  interface TenantData {
    contractTypes: ContractTypeRecord[];
    contracts: ContractRecord[];
  }
}
