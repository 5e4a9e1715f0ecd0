// Knowledge base of both organisations: articles with the HTML TiFlux's editor produces (headings, ordered and
// unordered lists, links, images, tables), one with a pasted unsafe link and script, and private articles.

import type { TenantData, TenantId } from '../../data/types.js';
import type { KnowledgeFolderRecord, KnowledgeRecord } from './records.js';

export const KNOWLEDGE_FIXTURES = {
  /** Public, folder "Acesso remoto": steps, a link, an image, a settings table, and a pasted javascript: link. */
  vpnArticle: 301,
  /** Private to the "Atendimento N2" group: the non-admin key (Atendimento N1) gets 404. */
  privateVpnArticle: 302,
  /** Public, folder "Financeiro", with a table. */
  boletoArticle: 304,
  missingArticle: 399,
  remoteAccessFolder: 11,
  financeFolder: 13,
} as const;

const VPN_HTML =
  '<h2>Antes de começar</h2>' +
  '<p>Você vai precisar do <strong>usuário de rede</strong> e do token enviado por e-mail. Baixe o cliente em ' +
  '<a href="https://vpn.centraltec.test/download" target="_blank">vpn.centraltec.test/download</a>.</p>' +
  '<h2>Passo a passo</h2>' +
  '<ol><li>Abra <em>Configurações › Rede e Internet › VPN</em>.</li>' +
  '<li>Clique em <strong>Adicionar VPN</strong> e preencha os campos da tabela abaixo.</li>' +
  '<li>Salve e clique em <strong>Conectar</strong>.</li></ol>' +
  '<table><thead><tr><th>Campo</th><th>Valor</th></tr></thead><tbody>' +
  '<tr><td>Provedor</td><td>Windows (interno)</td></tr>' +
  '<tr><td>Servidor</td><td>vpn.centraltec.test</td></tr>' +
  '<tr><td>Tipo</td><td>IKEv2</td></tr></tbody></table>' +
  '<p><img src="https://cdn.centraltec.test/kb/vpn-windows11.png" alt="Tela de configuração da VPN"></p>' +
  '<h3>Se não conectar</h3>' +
  '<ul><li>Confira a data e hora do computador.</li><li>Teste em outra rede (4G do celular).</li>' +
  '<li>Veja o artigo <a href="https://kb.centraltec.test/artigos/302">Erro 809</a>.</li></ul>' +
  // Pasted from an e-mail: must never reach the model as a link.
  '<p>Dúvidas? <a href="javascript:alert(document.cookie)">clique aqui</a><script>alert(1)</script></p>';

const VPN_809_HTML =
  '<p>O erro <strong>809</strong> indica que as portas UDP 500 e 4500 estão bloqueadas no roteador do cliente.</p>' +
  '<ol><li>Peça ao cliente o modelo do roteador.</li><li>Libere as portas UDP 500 e 4500.</li>' +
  '<li>Se o provedor usar CGNAT, abra chamado para o N3.</li></ol>';

const TONER_HTML =
  '<p>Vale para as impressoras <strong>HP LaserJet Pro M404</strong> e <strong>M428</strong>.</p>' +
  '<ol><li>Abra a tampa frontal.</li><li>Puxe o cartucho pela alça.</li><li>Agite o cartucho novo e encaixe-o.</li></ol>' +
  '<p><img src="https://cdn.centraltec.test/kb/toner-m404.jpg" alt="Troca do toner"></p>';

const BOLETO_HTML =
  '<p>A segunda via pode ser emitida pelo portal do cliente ou pelo financeiro.</p>' +
  '<table><tbody><tr><td><strong>Canal</strong></td><td><strong>Prazo</strong></td></tr>' +
  '<tr><td>Portal do cliente</td><td>Imediato</td></tr>' +
  '<tr><td>E-mail financeiro@centraltec.test</td><td>Até 1 dia útil</td></tr></tbody></table>' +
  '<p>Boletos vencidos há mais de 30 dias precisam de <a href="mailto:financeiro@centraltec.test">contato com o financeiro</a>.</p>';

const PASSWORD_HTML = '<ul><li>Mínimo de 12 caracteres.</li><li>Troca a cada 180 dias.</li><li>Sem reutilizar as 5 últimas.</li></ul>';

export function seedKnowledge(data: TenantData, tenantId: TenantId): void {
  if (tenantId === 'other') {
    data.knowledgeFolders = [{ id: 21, title: 'Geral', description: 'Artigos gerais da Beta', icon: 'book', tags: [] }];
    data.knowledges = [
      article(data, { id: 401, title: 'Como abrir um chamado', description: '<p>Use o portal da Beta.</p>', knowledge_folder_ids: [21], private: false }),
    ];
    return;
  }
  const groupId = (name: string) => data.technicalGroups.find((group) => group.name === name)?.id;
  const n2 = groupId('Atendimento N2');
  const folders: KnowledgeFolderRecord[] = [
    { id: 11, title: 'Acesso remoto', description: 'VPN, área de trabalho remota e acesso externo aos sistemas.', icon: 'lock', tags: ['vpn', 'remoto'] },
    { id: 12, title: 'Impressoras', description: 'Instalação, toner e problemas comuns de impressão.', icon: 'printer', tags: ['impressora'] },
    { id: 13, title: 'Financeiro', description: 'Boletos, notas fiscais e cobrança.', icon: 'money', tags: ['financeiro'] },
    { id: 14, title: 'Políticas internas', description: 'Regras internas da Central Tec (uso da equipe).', icon: 'shield', tags: [] },
  ];
  data.knowledgeFolders = folders;
  data.knowledges = [
    article(data, { id: 301, title: 'Como configurar a VPN no Windows 11', description: VPN_HTML, tags: ['vpn', 'windows'], knowledge_folder_ids: [11], private: false, created_at: '2026-03-10T09:00:00-03:00', updated_at: '2026-10-02T14:30:00-03:00' }),
    article(data, { id: 302, title: 'VPN: erro 809 (tempo esgotado)', description: VPN_809_HTML, tags: ['vpn', 'erro 809'], knowledge_folder_ids: [11], private: true, technical_group_ids: n2 ? [n2] : [], created_at: '2026-04-01T10:00:00-03:00', updated_at: '2026-04-01T10:00:00-03:00' }),
    article(data, { id: 303, title: 'Trocar o toner da HP LaserJet', description: TONER_HTML, tags: ['impressora', 'toner'], knowledge_folder_ids: [12], private: false }),
    article(data, { id: 304, title: 'Emitir segunda via de boleto', description: BOLETO_HTML, tags: ['boleto'], knowledge_folder_ids: [13], private: false }),
    article(data, { id: 305, title: 'Política de senhas', description: PASSWORD_HTML, tags: ['segurança'], knowledge_folder_ids: [14], private: true }),
  ];
}

function article(_data: TenantData, fields: Partial<KnowledgeRecord> & Pick<KnowledgeRecord, 'id' | 'title' | 'description' | 'knowledge_folder_ids' | 'private'>): KnowledgeRecord {
  return {
    tags: [], client_ids: [], technical_group_ids: [], services_catalogs_item_ids: [],
    created_at: '2026-05-04T08:00:00-03:00', updated_at: '2026-05-04T08:00:00-03:00', ...fields,
  };
}
