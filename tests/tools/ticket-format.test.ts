import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../src/tiflux/client.js';
import { detailTicket, summariseTicket, ticketListEntry, ticketMarkdown } from '../../src/tools/format/ticket.js';

const ticket = {
  ticket_number: 84429,
  title: 'VPN não conecta',
  description: '<p>Desde ontem a VPN retorna &quot;tempo esgotado&quot;.</p>',
  status: { id: 3, name: 'Aberto' },
  is_closed: false,
  priority: { id: 17, name: 'Alta' },
  desk: { id: 42821, name: 'dev-cansados', display_name: 'Dev - Cansados' },
  stage: { id: 10, name: 'To do' },
  services_catalog: { id: 301, item_name: 'Reset de senha', area_name: 'Acessos', catalog_name: 'Infra' },
  responsible: null,
  client: { id: 1, name: 'ACME' },
  created_at: '2026-01-01T10:00:00-03:00',
  updated_at: '2026-01-02T10:00:00-03:00',
  followers: 'a@x.com, b@y.com',
  tags: 'vpn',
  worked_hours: '01:30',
  url_internal_path: 'https://app.example/t/84429',
  entities: [
    { id: 12, name: 'Menu Infra', entity_fields: [{ entity_field_id: 72, name: 'Patrimônio', field_type: 'text', value: 'A-123' }] },
  ],
} as unknown as Ticket;

describe('ticket formatting', () => {
  it('summarises with names, preferring the desk display name, tolerating string statuses', () => {
    expect(summariseTicket(ticket)).toEqual({
      ticket_number: '84429',
      title: 'VPN não conecta',
      status: 'Aberto',
      is_closed: false,
      priority: 'Alta',
      client: { id: 1, name: 'ACME' },
      desk: { id: 42821, name: 'Dev - Cansados' },
      stage: { id: 10, name: 'To do' },
      responsible: null,
      created_at: '2026-01-01T10:00:00-03:00',
      updated_at: '2026-01-02T10:00:00-03:00',
    });
    const legacy = { ...ticket, status: 'open', client: undefined, client_name: 'Old Co' } as unknown as Ticket;
    expect(summariseTicket(legacy)).toMatchObject({ status: 'open', client: { id: null, name: 'Old Co' } });
  });

  it('details: Markdown description, lists from strings, custom fields flattened', async () => {
    const detail = await detailTicket(ticket);
    expect(detail.description).toBe('Desde ontem a VPN retorna "tempo esgotado".');
    expect(detail.followers).toEqual(['a@x.com', 'b@y.com']);
    expect(detail.tags).toEqual(['vpn']);
    expect(detail.custom_fields).toEqual([
      { entity: 'Menu Infra', entity_field_id: 72, name: 'Patrimônio', field_type: 'text', value: 'A-123' },
    ]);
    expect(detail.services_catalog).toEqual({ id: 301, item: 'Reset de senha', area: 'Acessos', catalog: 'Infra' });
  });

  it('markdown carries ids, names, dates, links and the custom field ids', async () => {
    const text = ticketMarkdown(await detailTicket(ticket));
    expect(text).toContain('## Ticket #84429: VPN não conecta');
    expect(text).toContain('- Desk: Dev - Cansados (id 42821)');
    expect(text).toContain('- Responsible: unassigned');
    expect(text).toContain('- Catalogue item: Infra › Acessos › Reset de senha (id 301)');
    expect(text).toContain('2026-01-01 10:00 (-03:00)');
    expect(text).toContain('- Link (attendants): https://app.example/t/84429');
    expect(text).toContain('- Menu Infra › Patrimônio: A-123  (entity_field_id 72, text)');
  });

  it('a list entry is two lines starting with the ticket number', () => {
    const entry = ticketListEntry(summariseTicket(ticket));
    expect(entry.split('\n')).toHaveLength(2);
    expect(entry).toMatch(/^- \*\*#84429\*\* VPN não conecta\n {2}Aberto · priority Alta · client ACME \(id 1\)/);
  });
});
