// One valid call per `equipment` tool against the seeded sandbox (admin key).
import type { SampleCalls } from './sample.js';

export const equipmentSamples: SampleCalls = {
  list_equipments: { client_name: 'Padaria Pão Quente' },
  get_equipment: { equipment_id: 9101 },
  create_equipment: { name: 'PPQ-CAIXA-03', client_id: 801, equipment_type_name: 'Desktop', equipment_group_name: 'Loja matriz' },
  update_equipment: { equipment_id: 9102, warranty_date: '2027-07-01' },
  list_equipment_softwares: { equipment_id: 9103, name: 'microsoft' },
  list_equipment_groups: { client_name: 'Padaria Pão Quente' },
  list_equipment_types: {},
};
