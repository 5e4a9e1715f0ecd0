/** list_contracts and get_billings_history end to end against the sandbox's contracts and billing history. */
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e.js';

const e2e = useE2E();

const main = () => e2e.sandbox.data.tenants.main;
const clientId = (name: string) => main().clients.find((c) => c.name === name)!.id;
const names = (rows: unknown) => (rows as { name: string }[]).map((row) => row.name);

describe('list_contracts', () => {
  it('lists a client\'s active contracts by client name, with values', async () => {
    const result = await e2e.call('list_contracts', { client_name: 'padaria pao quente' });
    expect(result.isError, result.text).toBe(false);
    expect(names(result.structured!.contracts)).toEqual(['Suporte mensal Padaria Pão Quente', 'Banco de horas 40h Padaria Pão Quente']);
    expect(result.structured).toMatchObject({ values_hidden: false, total: 2 });
    expect(result.text).toContain('- **Suporte mensal Padaria Pão Quente** (id 6101) · Padaria Pão Quente · Free · active · expires 2027-03-31 · total R$ 18.600,00, rider R$ 1.550,00');
    expect(result.text).toContain('Hours · active · expires 2026-12-31 · total R$ 7.200,00, rider R$ 600,00 + tax R$ 180,00');
    const query = e2e.sandbox.requests.find((r) => r.path === '/contracts')!.query;
    expect(query.client_ids).toBe(String(clientId('Padaria Pão Quente')));
  });

  it('without the permission to see values, says so instead of showing "--"', async () => {
    const result = await e2e.call('list_contracts', { client_name: 'Padaria Pão Quente' }, e2e.sandbox.keys.nonAdmin);
    expect(result.isError, result.text).toBe(false);
    expect(result.text).not.toContain('--');
    expect(result.text).toContain('values hidden');
    expect(result.text).toContain('Values are hidden: the API key\'s user lacks TiFlux\'s "Visualizar valores dos tickets" permission.');
    expect(result.structured).toMatchObject({ values_hidden: true });
    expect((result.structured!.contracts as { total_value: unknown }[])[0]!.total_value).toBeNull();
  });

  it('status widens the list to readjust and expired contracts; cancelled ones are marked', async () => {
    const result = await e2e.call('list_contracts', { status: 'actives, readjust,expired', limit: 200 });
    expect(result.structured).toMatchObject({ total: 8 });
    const modalities = new Set((result.structured!.contracts as { modality: string }[]).map((c) => c.modality));
    expect(modalities.size).toBe(7);
    expect(result.text).toContain('**ERP escolar Monteiro Lobato** (id 6108) · Escola Monteiro Lobato · Saas/Product · cancelled');
    expect(result.text).toContain('due for readjustment');
    const expired = await e2e.call('list_contracts', { status: 'expired' });
    expect(names(expired.structured!.contracts)).toEqual(['Suporte compartilhado Rede São João', 'ERP escolar Monteiro Lobato']);
  });

  it('include_details shows type ids, durations and readjustment terms', async () => {
    const result = await e2e.call('list_contracts', { client_ids: String(clientId('Construtora Alvorada')), include_details: true });
    expect(result.text).toContain('type Banco de horas (id 32)');
    expect(result.text).toContain('12 months · readjusts 2027-08-01 (every 12 months)');
  });

  it('an unknown status is refused locally, listing the values', async () => {
    const result = await e2e.call('list_contracts', { status: 'active' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('must be one or more of actives, readjust, expired');
    expect(e2e.upstream()).toEqual([]);
  });

  it('an ambiguous client name → isError listing the candidates, no contract call', async () => {
    const result = await e2e.call('list_contracts', { client_name: 'Padaria' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('client_name "Padaria" matches 3 clients');
    expect(e2e.upstream().some((line) => line.startsWith('GET /contracts'))).toBe(false);
  });

  it('a client without contracts gets a plain answer with the hint about status', async () => {
    const result = await e2e.call('list_contracts', { client_name: 'Drogaria Saúde' });
    expect(result.isError).toBe(false);
    expect(result.text).toContain('No contracts');
    expect(result.text).toContain('status "actives,readjust,expired"');
  });
});

describe('get_billings_history', () => {
  it('a quarter of a client, by name: each billing on one line, reversals shown but not counted', async () => {
    const result = await e2e.call('get_billings_history', {
      client_name: 'Padaria Pão Quente', billing_start_date: '2026-04-01', billing_end_date: '2026-06-30',
    });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toContain('# Billing history (client Padaria Pão Quente, billed 2026-04-01 – 2026-06-30)');
    expect(result.text).toMatch(/^- 2026-05-05 · \*\*R\$ 1\.550,00\*\* · Padaria Pão Quente · NF-e \d+ · due 2026-05-20 · reversed \(not counted\)/m);
    expect(result.text).toContain('Totals over all 6 matching records: billed R$ 5.275,50 (paid R$ 5.030,00, open R$ 245,50); 1 reversal of R$ 1.550,00 not counted.');
    expect(result.structured!.totals).toEqual({
      records: 6, billed_cents: 527550, paid_cents: 503000, open_cents: 24550, reversals: 1, reversed_cents: 155000, whole_history: true,
    });
    const query = e2e.sandbox.requests.find((r) => r.path === '/reports/billings/history')!.query;
    expect(query).toMatchObject({ client_id: String(clientId('Padaria Pão Quente')), billing_start_date: '2026-04-01', billing_end_date: '2026-06-30' });
  });

  it('type is sent as TiFlux\'s _type', async () => {
    const result = await e2e.call('get_billings_history', { type: 'reversed' });
    expect(result.isError, result.text).toBe(false);
    expect(e2e.sandbox.requests.at(-1)!.query).toMatchObject({ _type: 'reversed' });
    expect((result.structured!.billings as unknown[]).length).toBe(1);
    expect(result.structured!.totals).toMatchObject({ billed_cents: 0, reversals: 1 });
  });

  it('totals cover every page, not only the one shown', async () => {
    const result = await e2e.call('get_billings_history', { limit: 5 });
    expect(result.structured).toMatchObject({ total: 27, has_more: true });
    expect((result.structured!.billings as unknown[]).length).toBe(5);
    expect(result.structured!.totals).toMatchObject({ records: 27, reversals: 1, whole_history: true });
    expect(result.text).toContain('Totals over all 27 matching records');
  });

  it('filters by ticket number and NF-e', async () => {
    const byTicket = await e2e.call('get_billings_history', { ticket_number: '84429' });
    expect((byTicket.structured!.billings as { real_value: string }[]).map((b) => b.real_value)).toEqual(['380.00']);
    const nfe = Number((byTicket.structured!.billings as { nfe_number: string }[])[0]!.nfe_number);
    const byNfe = await e2e.call('get_billings_history', { nfe_number: nfe });
    expect((byNfe.structured!.billings as unknown[]).length).toBe(1);
  });

  it('half a date pair is refused before any call', async () => {
    const result = await e2e.call('get_billings_history', { due_start_date: '2026-01-01' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('due_start_date and due_end_date go together');
    expect(e2e.upstream()).toEqual([]);
  });

  it('a malformed date is refused', async () => {
    const result = await e2e.call('get_billings_history', { billing_start_date: '01/04/2026', billing_end_date: '2026-06-30' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('`billing_start_date` must be a date as YYYY-MM-DD');
  });

  it('a key without the billing permission → TiFlux\'s 403 explained', async () => {
    const result = await e2e.call('get_billings_history', {}, e2e.sandbox.keys.nonAdmin);
    expect(result.isError).toBe(true);
    expect(result.text).toMatch(/^TiFlux refused to read the billing history \(HTTP 403\): the API key’s user lacks the permission/);
  });

  it('an organisation without the Tickets licence → 40304 explained', async () => {
    const result = await e2e.call('get_billings_history', {}, e2e.sandbox.keys.otherTenant);
    expect(result.isError).toBe(true);
    expect(result.text).toContain('the organisation has no active Tickets licence');
  });

  it('no billings → a plain answer', async () => {
    const result = await e2e.call('get_billings_history', { client_name: 'Drogaria Saúde' });
    expect(result.isError).toBe(false);
    expect(result.text).toBe('No billings (client Drogaria Saúde).');
  });
});
