// Pre-tickets of both organisations: e-mails from clients, one with HTML, one archived.

import type { TenantData, TenantId } from '../../data/types.js';
import type { PreTicketRecord } from './records.js';

export const PRE_TICKET_FIXTURES = {
  /** Open, from Padaria Pão Quente, HTML e-mail. */
  printerEmail: 9101,
  archived: 9104,
} as const;

export function seedPreTickets(data: TenantData, tenantId: TenantId): void {
  const clientId = (name: string) => data.clients.find((client) => client.name === name)?.id ?? null;
  const base = { requestor_ramal: null, requestor_country: 'BR', archived: false, files: [] };
  if (tenantId === 'other') {
    data.preTickets = [
      { ...base, id: 9901, title: 'Site fora do ar', description: 'Nosso site não abre desde cedo.', requestor_name: 'Cliente Beta', requestor_email: 'contato@lojabeta.test', requestor_telephone: '(21) 98888-0001', client_id: clientId('Loja Beta Center'), created_at: '2026-11-28T10:00:00-03:00' },
    ];
    return;
  }
  const records: PreTicketRecord[] = [
    { ...base, id: 9101, title: 'Impressora fiscal não imprime cupom', description: '<p>Bom dia,</p><p>A impressora fiscal do <strong>caixa 2</strong> parou de imprimir o cupom desde ontem.</p><ul><li>Modelo: Elgin i9</li><li>Luz de erro piscando</li></ul><p>Att., Gerência</p>', requestor_name: 'Gerência Padaria', requestor_email: 'gerencia@padaria-pao-quente.test', requestor_telephone: '(11) 3456-7890', requestor_ramal: 21, client_id: clientId('Padaria Pão Quente'), created_at: '2026-11-27T08:12:00-03:00', files: [{ name: 'foto-impressora.jpg', content_type: 'image/jpeg', size: 284_112 }] },
    { ...base, id: 9102, title: 'Acesso ao sistema de estoque', description: 'Preciso de acesso ao sistema de estoque para a nova funcionária, Juliana.', requestor_name: 'Ricardo Farmácia', requestor_email: 'ricardo@farmacia-saude-total.test', requestor_telephone: '(11) 97654-3210', client_id: clientId('Farmácia Saúde Total'), created_at: '2026-11-28T14:40:00-03:00' },
    { ...base, id: 9103, title: 'Orçamento de câmeras', description: 'Gostaríamos de um orçamento para 8 câmeras no estacionamento.', requestor_name: 'Recepção Hotel', requestor_email: 'recepcao@hotel-beira-mar.test', requestor_telephone: '(13) 3333-2222', client_id: clientId('Hotel Beira-Mar'), created_at: '2026-11-30T09:05:00-03:00' },
    { ...base, id: 9104, title: 'Wi-Fi lento', description: 'Resolvido por telefone.', requestor_name: 'Gerência Padaria', requestor_email: 'gerencia@padaria-pao-quente.test', requestor_telephone: '(11) 3456-7890', client_id: clientId('Padaria Pão Quente'), archived: true, created_at: '2026-11-10T11:00:00-03:00' },
  ];
  data.preTickets = records;
}
