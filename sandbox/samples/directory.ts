// One valid call per `directory` tool against the seeded sandbox (admin key).
import type { SampleCalls } from './sample.js';

export const directorySamples: SampleCalls = {
  search_client: { client_name: 'Padaria' },
  search_user: { name: 'Ana' },
  search_stage: { desk_name: 'Suporte' },
  search_catalog_item: { desk_name: 'Suporte', catalog_item_name: 'vpn' },
  search_requestor: { name: 'Maria Aparecida' },
  search_technical_user: { name: 'Ana', desk_name: 'Suporte' },
};
