/** The `knowledge` toolset end to end against the sandbox's knowledge family. */
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_FIXTURES } from '../../sandbox/families/knowledge/index.js';
import { useE2E } from './support/e2e.js';

const e2e = useE2E();

const main = () => e2e.sandbox.data.tenants.main;
const ids = (rows: unknown) => (rows as { id: number }[]).map((row) => row.id);
const nonAdmin = () => e2e.sandbox.keys.nonAdmin;

describe('list_knowledges', () => {
  it('searches titles and tags, with the total TiFlux reports', async () => {
    const result = await e2e.call('list_knowledges', { search: 'vpn' });
    expect(result.isError).toBe(false);
    expect(ids(result.structured!.knowledges)).toEqual([301, 302]);
    expect(result.structured).toMatchObject({ total: 2, has_more: false });
    expect(result.text).toContain('- **Como configurar a VPN no Windows 11** (id 301) · public · tags: vpn, windows · folders 11');
    expect(result.text).toContain('(id 302) · private');
  });

  it('filters by folders, sent as CSV', async () => {
    const result = await e2e.call('list_knowledges', { knowledge_folder_ids: [12, 13] });
    expect(ids(result.structured!.knowledges)).toEqual([303, 304]);
    expect(e2e.sandbox.requests.find((r) => r.path === '/knowledges')!.query.knowledge_folder_ids).toBe('12,13');
  });

  it('a key without the knowledge permission sees public articles and its group\'s only', async () => {
    const result = await e2e.call('list_knowledges', { search: 'vpn' }, nonAdmin());
    expect(ids(result.structured!.knowledges)).toEqual([301]);
  });

  it('refuses folder ids that are not numbers', async () => {
    const result = await e2e.call('list_knowledges', { knowledge_folder_ids: ['11'] });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('knowledge_folder_ids');
  });
});

describe('get_knowledge', () => {
  it('reads the article as Markdown: steps, links, image and table kept; unsafe link and script gone', async () => {
    const result = await e2e.call('get_knowledge', { knowledge_id: KNOWLEDGE_FIXTURES.vpnArticle });
    expect(result.isError).toBe(false);
    expect(result.text).toContain('# Como configurar a VPN no Windows 11');
    expect(result.text).toContain('| Servidor | vpn.centraltec.test |');
    expect(result.text).toContain('![Tela de configuração da VPN](https://cdn.centraltec.test/kb/vpn-windows11.png)');
    expect(result.text).toContain('Dúvidas? clique aqui');
    expect(result.text).not.toMatch(/javascript:|<script|alert\(/);
    expect(result.text).toContain("TiFlux's API cannot edit or delete knowledge articles");
    const knowledge = result.structured!.knowledge as { description: string; tags: string[]; private: boolean };
    expect(knowledge).toMatchObject({ private: false, tags: ['vpn', 'windows'] });
    expect(knowledge.description).toContain('1. Abra *Configurações › Rede e Internet › VPN*.');
  });

  it('a private article another group owns is not found for that key; a missing one neither', async () => {
    const hidden = await e2e.call('get_knowledge', { knowledge_id: KNOWLEDGE_FIXTURES.privateVpnArticle }, nonAdmin());
    expect(hidden.isError).toBe(true);
    expect(hidden.text).toContain('TiFlux found no knowledge article 302 visible to this API key (HTTP 404)');
    const admin = await e2e.call('get_knowledge', { knowledge_id: KNOWLEDGE_FIXTURES.privateVpnArticle });
    expect(admin.isError).toBe(false);
    const missing = await e2e.call('get_knowledge', { knowledge_id: KNOWLEDGE_FIXTURES.missingArticle });
    expect(missing.isError).toBe(true);
  });

  it('requires knowledge_id as a number', async () => {
    const result = await e2e.call('get_knowledge', { knowledge_id: '301a' });
    expect(result.isError).toBe(true);
    expect(e2e.upstream()).toEqual([]);
  });
});

describe('create_knowledge', () => {
  it('converts the Markdown to HTML and says articles cannot be edited through the API', async () => {
    const result = await e2e.call('create_knowledge', {
      title: 'VPN: reinstalar o cliente',
      description: '## Passos\n\n1. Desinstale.\n2. Reinicie.\n\n| SO | Versão |\n| --- | --- |\n| Windows 11 | 23H2 |\n\nVeja [o portal](https://portal.centraltec.test).',
      knowledge_folder_ids: [KNOWLEDGE_FIXTURES.remoteAccessFolder],
      tags: ['vpn'],
    });
    expect(result.isError).toBe(false);
    const created = main().knowledges.find((article) => article.title === 'VPN: reinstalar o cliente')!;
    expect(result.text).toContain(`created (id ${created.id}, private, folders 11)`);
    expect(result.text).toContain('cannot edit or delete');
    expect(created.description).toContain('<h2>Passos</h2><ol><li>Desinstale.</li><li>Reinicie.</li></ol>');
    expect(created.description).toContain('<td>Windows 11</td>');
    expect(created.description).toContain('<a href="https://portal.centraltec.test">o portal</a>');
    const read = await e2e.call('get_knowledge', { knowledge_id: created.id });
    expect(read.text).toContain('| Windows 11 | 23H2 |');
  });

  it('needs the knowledge permission: a non-admin key is refused', async () => {
    const result = await e2e.call('create_knowledge', { title: 'X', description: 'Y', knowledge_folder_ids: [11] }, nonAdmin());
    expect(result.isError).toBe(true);
    expect(result.text).toContain('(HTTP 403)');
  });

  it('refuses no folder, a tag with a comma, and group limits on a public article, before sending', async () => {
    for (const args of [
      { title: 'X', description: 'Y', knowledge_folder_ids: [] },
      { title: 'X', description: 'Y', knowledge_folder_ids: [11], tags: ['vpn,windows'] },
      { title: 'X', description: 'Y', knowledge_folder_ids: [11], private: false, technical_group_ids: [201] },
    ]) {
      const result = await e2e.call('create_knowledge', args);
      expect(result.isError, JSON.stringify(args)).toBe(true);
    }
    expect(e2e.sandbox.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('an unknown folder is TiFlux\'s 422', async () => {
    const result = await e2e.call('create_knowledge', { title: 'X', description: 'Y', knowledge_folder_ids: [999] });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('knowledge_folder_ids: folders not found: 999');
  });
});

describe('list_knowledge_folders', () => {
  it('lists folders with their article counts; search matches titles', async () => {
    const all = await e2e.call('list_knowledge_folders', {});
    expect(all.isError).toBe(false);
    expect(ids(all.structured!.folders)).toEqual([11, 12, 13, 14]);
    expect(all.text).toContain('- **Acesso remoto** (id 11) · 2 article(s) · tags: vpn, remoto');
    const search = await e2e.call('list_knowledge_folders', { search: 'finan' });
    expect(ids(search.structured!.folders)).toEqual([13]);
    expect(search.structured).toMatchObject({ total: 1 });
  });

  it('refuses a bad page', async () => {
    const result = await e2e.call('list_knowledge_folders', { offset: 0 });
    expect(result.isError).toBe(true);
  });
});
