// One valid call per `clients` tool against the seeded sandbox (admin key).
import { CLIENT_DETAIL_FIXTURES } from '../families/client-details/index.js';
import type { SampleCalls } from './sample.js';

const client = CLIENT_DETAIL_FIXTURES.client;
const address = CLIENT_DETAIL_FIXTURES.addresses[0].id;
const contact = CLIENT_DETAIL_FIXTURES.contacts[0].id;

export const clientSamples: SampleCalls = {
  get_client: { client_name: client, show_entities: true },
  list_clients: { name: 'Padaria' },
  create_client: { name: 'Sorveteria Polo Norte', social: 'Sorveteria Polo Norte Ltda' },
  update_client: { client_name: client, email_financial: 'contas@padaria-pao-quente.test' },
  update_client_entities: { client_name: client, entities: [{ entity_field_name: 'Plano', entity_field_option_name: 'Ouro' }] },
  get_client_desks: { client_name: client },
  get_client_technical_groups: { client_name: client },
  create_client_user: { client_name: client, name: 'Helga Schmitt', email: 'helga.schmitt@padaria-pao-quente.test' },
  add_client_email_permission: { client_name: client, address: '@paoquente.test' },
  list_client_addresses: { client_name: client },
  get_client_address: { client_name: client, id: address },
  create_client_address: {
    client_name: client, cep: '89012-010', city: 'Blumenau', neighborhood: 'Centro', number: 77, state: 'SC', street: 'Rua Curt Hering',
  },
  update_client_address: { client_name: client, id: address, complement: 'Loja 3' },
  delete_client_address: { client_name: client, id: address },
  list_client_contacts: { client_name: client },
  get_client_contact: { client_name: client, id: contact },
  create_client_contact: { client_name: client, use: 'Commercial', number: '(47) 3322-1199', owner: 'Helga Schmitt', email: 'helga@padaria-pao-quente.test' },
  update_client_contact: { client_name: client, id: contact, owner: 'Maria Helena Schmitt Costa' },
  delete_client_contact: { client_name: client, id: contact },
};
