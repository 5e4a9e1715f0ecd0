// One valid call per `requestors` tool against the seeded sandbox (admin key). Ids come from the seeded data.
import { defaultSeed } from '../data/seed.js';
import type { SampleCalls } from './sample.js';

const main = defaultSeed().tenants.main;
const padaria = main.clients.find((client) => client.name === 'Padaria Pão Quente')!;
const maria = main.requestors.find((r) => r.client_id === padaria.id && r.name === 'Maria Aparecida Santos')!;

export const requestorSamples: SampleCalls = {
  list_requestors: { client_name: 'Padaria Pão Quente' },
  get_requestor: { client_id: padaria.id, requestor_id: maria.id, show_entities: true },
  create_requestor: { client_id: padaria.id, name: 'Joana Prado', email: 'joana.prado@padariapaoquente.test' },
  update_requestor: { client_id: padaria.id, requestor_id: maria.id, extension: '202' },
  update_requestor_entities: {
    client_id: padaria.id,
    requestor_id: maria.id,
    entities: [{ entity_field_name: 'Setor', entity_field_option_name: 'Compras' }],
  },
};
