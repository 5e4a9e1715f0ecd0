// Monthly contract billings and some loose-service billings across 2026 for a few clients, most paid, the latest
// ones still open, and one reversal (its value stays positive, docs/assets-and-contracts.md).

import type { TenantData, TenantId } from '../../data/types.js';
import type { BillingRecord } from './records.js';

interface Stream {
  client: string;
  /** Monthly value in reais. */
  monthly: number;
  /** Billing day of the month. */
  day: number;
}

const MAIN_STREAMS: Stream[] = [
  { client: 'Padaria Pão Quente', monthly: 1550, day: 5 },
  { client: 'Farmácia Saúde Total', monthly: 800, day: 10 },
  { client: 'Construtora Alvorada', monthly: 1200, day: 15 },
];

const pad = (value: number) => String(value).padStart(2, '0');
const isoDate = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);

export function seedBillings(tenant: TenantData, tenantId: TenantId): void {
  tenant.billings = [];
  if (tenantId !== 'main') return;
  const clientId = (name: string) => tenant.clients.find((client) => client.name === name)!.id;
  let id = 70001;
  let nfe = 4101;
  const add = (fields: Omit<BillingRecord, 'billing_id' | 'due_date'>) => {
    const [year, month, day] = fields.billing_date.split('-').map(Number) as [number, number, number];
    tenant.billings.push({ billing_id: id++, due_date: isoDate(year, month, day + 15), ...fields });
  };
  for (let month = 1; month <= 8; month += 1) {
    for (const stream of MAIN_STREAMS) {
      add({
        billing_date: `2026-${pad(month)}-${pad(stream.day)}`,
        client_id: clientId(stream.client),
        nfe_number: String(nfe++),
        // August is still open; everything before it was confirmed by the financial integration.
        paid: month < 8,
        real_value: stream.monthly.toFixed(2),
        reversal: false,
        ticket_numbers: [],
      });
    }
  }
  // Loose services billed with their tickets.
  add({ billing_date: '2026-04-22', client_id: clientId('Padaria Pão Quente'), nfe_number: String(nfe++), paid: true, real_value: '380.00', reversal: false, ticket_numbers: [84429] });
  add({ billing_date: '2026-06-18', client_id: clientId('Padaria Pão Quente'), nfe_number: null, paid: false, real_value: '245.50', reversal: false, ticket_numbers: [84430] });
  // Billed twice by mistake in May, then reversed: the reversal keeps its positive value and has no counter-entry.
  add({ billing_date: '2026-05-05', client_id: clientId('Padaria Pão Quente'), nfe_number: String(nfe++), paid: false, real_value: '1550.00', reversal: true, ticket_numbers: [] });
  tenant.billings.sort((a, b) => a.billing_date.localeCompare(b.billing_date) || a.billing_id - b.billing_id);
}
