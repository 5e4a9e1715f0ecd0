// One valid call per `pre_tickets` tool against the seeded sandbox (admin key).
import type { SampleCalls } from './sample.js';

export const preTicketSamples: SampleCalls = {
  list_pre_tickets: { include_description: true },
  create_pre_ticket: {
    title: 'Teclado do caixa com defeito',
    description: 'O teclado do caixa 1 está com teclas travando.',
    requestor_name: 'Gerência Padaria',
    requestor_email: 'gerencia@padaria-pao-quente.test',
    requestor_telephone: '(11) 3456-7890',
  },
};
