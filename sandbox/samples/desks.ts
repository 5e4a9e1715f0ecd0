// One valid call per `desks` tool against the seeded sandbox (admin key).
import type { SampleCalls } from './sample.js';

export const deskSamples: SampleCalls = {
  list_desks: {},
  get_desk: { desk_name: 'Suporte' },
  list_desk_priorities: { desk_name: 'Suporte' },
  list_desk_services_catalogs: { desk_name: 'Suporte' },
  list_departments: {},
  list_entities: { applied_in: 'solicitant' },
  list_entity_fields: { entity_name: 'Dados do solicitante' },
  list_entity_field_options: { entity_name: 'Dados do solicitante', entity_field_name: 'Setor' },
};
