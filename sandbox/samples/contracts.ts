// One valid call per `contracts` tool against the seeded sandbox (admin key).
import type { SampleCalls } from './sample.js';

export const contractSamples: SampleCalls = {
  list_contracts: { client_name: 'Padaria Pão Quente' },
  get_billings_history: { client_name: 'Padaria Pão Quente', billing_start_date: '2026-04-01', billing_end_date: '2026-06-30' },
};
