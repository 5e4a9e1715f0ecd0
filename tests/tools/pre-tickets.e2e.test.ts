/** The `pre_tickets` toolset end to end against the sandbox's pre-tickets family. */
import { describe, expect, it } from 'vitest';
import { PRE_TICKET_FIXTURES } from '../../sandbox/families/pre-tickets/index.js';
import { useE2E } from './support/e2e.js';

const e2e = useE2E();

const main = () => e2e.sandbox.data.tenants.main;
const ids = (rows: unknown) => (rows as { id: number }[]).map((row) => row.id);
const base64 = (text: string) => Buffer.from(text).toString('base64');
const REQUIRED = {
  title: 'Teclado do caixa com defeito',
  description: 'O teclado do caixa 1 está com teclas travando.\nJá trocamos a pilha.',
  requestor_name: 'Gerência Padaria',
  requestor_email: 'gerencia@padaria-pao-quente.test',
  requestor_telephone: '(11) 3456-7890',
};

describe('list_pre_tickets', () => {
  it('lists the open ones with the total, and the e-mail text as Markdown when asked', async () => {
    const result = await e2e.call('list_pre_tickets', { include_description: true });
    expect(result.isError).toBe(false);
    expect(ids(result.structured!.pre_tickets)).toEqual([9101, 9102, 9103]);
    expect(result.structured).toMatchObject({ total: 3 });
    expect(result.text).toContain('- **Impressora fiscal não imprime cupom** (id 9101) · Padaria Pão Quente · from Gerência Padaria <gerencia@padaria-pao-quente.test>');
    expect(result.text).toContain('A impressora fiscal do **caixa 2** parou');
    expect(result.text).toContain('- Modelo: Elgin i9');
    expect(result.text).not.toContain('<p>');
  });

  it('archived, client by name and date filters', async () => {
    const archived = await e2e.call('list_pre_tickets', { archived: true });
    expect(ids(archived.structured!.pre_tickets)).toEqual([PRE_TICKET_FIXTURES.archived]);
    const byClient = await e2e.call('list_pre_tickets', { client_name: 'farmacia saude total' });
    expect(ids(byClient.structured!.pre_tickets)).toEqual([9102]);
    const byDate = await e2e.call('list_pre_tickets', { created_after: '2026-11-28', created_before: '2026-11-29' });
    expect(ids(byDate.structured!.pre_tickets)).toEqual([9102]);
  });

  it('refuses a malformed date; a key without the permission is refused by TiFlux', async () => {
    const date = await e2e.call('list_pre_tickets', { created_after: '28/11/2026' });
    expect(date.isError).toBe(true);
    expect(date.text).toContain('YYYY-MM-DD');
    const denied = await e2e.call('list_pre_tickets', {}, e2e.sandbox.keys.nonAdmin);
    expect(denied.isError).toBe(true);
    expect(denied.text).toContain('(HTTP 403)');
  });
});

describe('create_pre_ticket', () => {
  it('sends multipart, with the text verbatim and the base64 files as files[] parts', async () => {
    const result = await e2e.call('create_pre_ticket', {
      ...REQUIRED,
      requestor_ramal: 21,
      requestor_country: 'br',
      client_id: main().clients.find((client) => client.name === 'Padaria Pão Quente')!.id,
      files: [{ filename: 'teclado.txt', content: base64('teclas 4 e 7 travando') }],
    });
    expect(result.isError).toBe(false);
    expect(result.text).toMatch(/Pre-ticket \*\*Teclado do caixa com defeito\*\* created \(id \d+\) for Padaria Pão Quente, from Gerência Padaria, with teclado\.txt/);
    const request = e2e.sandbox.requests.find((r) => r.method === 'POST' && r.path === '/pre-tickets')!;
    expect(request.headers['content-type']).toMatch(/^multipart\/form-data/);
    // Multipart text parts carry line breaks as CRLF (the FormData rules); the words arrive as written.
    expect(request.fields.description!.replace(/\r\n/g, '\n')).toBe(REQUIRED.description);
    expect(request.fields).toMatchObject({ requestor_ramal: '21', requestor_country: 'BR' });
    expect(request.files).toEqual([expect.objectContaining({ field: 'files[]', filename: 'teclado.txt', size: 21 })]);
    expect(main().preTickets.at(-1)!.files[0]).toMatchObject({ name: 'teclado.txt', size: 21 });
  });

  it('is multipart even without files', async () => {
    const result = await e2e.call('create_pre_ticket', REQUIRED);
    expect(result.isError).toBe(false);
    const request = e2e.sandbox.requests.find((r) => r.method === 'POST' && r.path === '/pre-tickets')!;
    expect(request.headers['content-type']).toMatch(/^multipart\/form-data/);
  });

  it('refuses missing fields, a bad e-mail, bad base64 and files over 3.5 MiB before sending', async () => {
    const big = Buffer.alloc(3.6 * 1024 * 1024, 1).toString('base64');
    for (const args of [
      { ...REQUIRED, requestor_telephone: undefined },
      { ...REQUIRED, requestor_email: 'gerencia' },
      { ...REQUIRED, files: [{ filename: 'a.txt', content: '***' }] },
      { ...REQUIRED, files: [{ filename: 'a.bin', content: big }] },
      { ...REQUIRED, files_base64: [] },
    ]) {
      const result = await e2e.call('create_pre_ticket', args);
      expect(result.isError, Object.keys(args).join()).toBe(true);
    }
    expect(e2e.sandbox.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('TiFlux\'s refusals: an unknown client, no permission', async () => {
    const client = await e2e.call('create_pre_ticket', { ...REQUIRED, client_id: 999999 });
    expect(client.isError).toBe(true);
    expect(client.text).toContain('client_id: client not found');
    const denied = await e2e.call('create_pre_ticket', REQUIRED, e2e.sandbox.keys.nonAdmin);
    expect(denied.isError).toBe(true);
    expect(denied.text).toContain('(HTTP 403)');
  });
});
