// One valid call per `users` tool against the seeded sandbox (admin key).
import { defaultSeed } from '../data/seed.js';
import type { SampleCalls } from './sample.js';

const ana = defaultSeed().tenants.main.users.find((user) => user.name === 'Ana Souza')!;

export const userSamples: SampleCalls = {
  create_user: { name: 'Otília Brandão', email: 'otilia.brandao@centraltec.test', technical_group_name: 'Atendimento N1' },
  get_user: { id: ana.id },
  update_user: { id: ana.id, extension: '2101' },
};
