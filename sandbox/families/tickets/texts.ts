// Portuguese ticket, answer and internal-note texts a Brazilian helpdesk would really see.

export interface TicketText {
  title: string;
  description: string;
}

export const TICKET_TEXTS: TicketText[] = [
  { title: 'VPN não conecta', description: '<p>Desde ontem a VPN retorna "tempo esgotado" ao conectar de casa.</p>' },
  { title: 'Impressora não imprime', description: '<p>A impressora do financeiro fica com os documentos presos na fila.</p>' },
  { title: 'Erro ao emitir nota fiscal', description: '<p>Rejeição 539: duplicidade de NF-e com diferença na chave de acesso.</p>' },
  { title: 'Lentidão no sistema ERP', description: '<p>Todas as telas do ERP estão demorando mais de 30 segundos para abrir.</p>' },
  { title: 'Solicitação de novo usuário', description: '<p>Favor criar acesso para a nova colaboradora do setor de compras.</p>' },
  { title: 'E-mail não sincroniza no celular', description: '<p>O aplicativo de e-mail parou de receber mensagens no celular corporativo.</p>' },
  { title: 'Troca de toner', description: '<p>Toner da multifuncional do segundo andar acabou.</p>' },
  { title: 'Computador não liga', description: '<p>O computador da recepção não liga, nem a luz do botão acende.</p>' },
  { title: 'Sem acesso à internet', description: '<p>A loja está sem internet desde as 8h; o roteador pisca em vermelho.</p>' },
  { title: 'Certificado digital vencido', description: '<p>O certificado A1 venceu e o sistema fiscal não assina mais as notas.</p>' },
  { title: 'Senha bloqueada', description: '<p>Usuário bloqueado após tentativas de login erradas.</p>' },
  { title: 'Instalação de software', description: '<p>Precisamos do leitor de PDF e do navegador atualizados em 5 máquinas.</p>' },
  { title: 'Backup falhou', description: '<p>A rotina de backup noturno terminou com erro de espaço em disco.</p>' },
  { title: 'Telefone sem linha', description: '<p>O ramal 2040 está mudo desde a queda de energia.</p>' },
  { title: 'Boleto em duplicidade', description: '<p>Recebemos dois boletos com o mesmo vencimento referentes à fatura de março.</p>' },
  { title: 'Monitor piscando', description: '<p>O monitor do caixa 3 pisca e desliga sozinho.</p>' },
  { title: 'Wi-Fi instável no salão', description: '<p>Os clientes reclamam que o Wi-Fi cai a cada poucos minutos.</p>' },
  { title: 'Leitor de código de barras não lê', description: '<p>O leitor do PDV não reconhece etiquetas novas.</p>' },
  { title: 'Acesso à pasta compartilhada', description: '<p>Solicito acesso de leitura à pasta Contratos no servidor de arquivos.</p>' },
  { title: 'Atualização do módulo fiscal', description: '<p>Precisamos atualizar o módulo fiscal para a nova regra de ICMS.</p>' },
  { title: 'Nobreak apitando', description: '<p>O nobreak do rack está apitando de forma intermitente.</p>' },
  { title: 'Erro de conexão com o banco de dados', description: '<p>O sistema mostra "não foi possível conectar ao servidor" pela manhã.</p>' },
  { title: 'Configurar assinatura de e-mail', description: '<p>Padronizar a assinatura de e-mail de toda a equipe comercial.</p>' },
  { title: 'Computador com vírus', description: '<p>Janelas de propaganda abrem sozinhas e o antivírus acusa ameaça.</p>' },
  { title: 'Segunda via de fatura', description: '<p>Favor enviar a segunda via da fatura de abril para o financeiro.</p>' },
  { title: 'Notebook muito lento', description: '<p>O notebook demora 10 minutos para iniciar.</p>' },
  { title: 'Criação de caixa compartilhada', description: '<p>Criar a caixa compartilhada atendimento@ para o time de vendas.</p>' },
  { title: 'Ponto de rede sem sinal', description: '<p>O ponto de rede da sala de reuniões não dá link.</p>' },
  { title: 'Cancelamento de NFC-e', description: '<p>Cancelar a NFC-e 10234 emitida com valor errado.</p>' },
  { title: 'Central telefônica reiniciando', description: '<p>A central telefônica reinicia várias vezes ao dia e derruba as ligações.</p>' },
  { title: 'Treinamento no módulo de estoque', description: '<p>Agendar treinamento para dois novos estoquistas.</p>' },
  { title: 'Liberação de acesso ao sistema de ponto', description: '<p>Liberar o sistema de ponto para a filial nova.</p>' },
  { title: 'Visita técnica para instalação de câmeras', description: '<p>Agendar visita para avaliar a instalação de 4 câmeras.</p>' },
  { title: 'Relatório de vendas com valores errados', description: '<p>O relatório mensal de vendas soma em dobro as devoluções.</p>' },
  { title: 'Troca de chip do celular corporativo', description: '<p>O chip do celular do motorista foi danificado.</p>' },
  { title: 'Recuperação de arquivo excluído', description: '<p>Uma planilha importante foi apagada da rede ontem à tarde.</p>' },
  { title: 'Phishing recebido por e-mail', description: '<p>Vários colaboradores receberam um e-mail falso pedindo senha.</p>' },
  { title: 'Migração para o novo servidor', description: '<p>Planejar a migração dos arquivos para o servidor novo.</p>' },
  { title: 'Erro na emissão de CT-e', description: '<p>CT-e rejeitado: "Rejeição 694: não informado o grupo de ICMS".</p>' },
  { title: 'Renegociação de contrato', description: '<p>O cliente pediu revisão dos valores do contrato de suporte.</p>' },
];

export const ANSWER_TEXTS = [
  '<p>Olá! Recebemos sua solicitação e já estamos verificando.</p>',
  '<p>Poderia nos enviar um print da mensagem de erro, por favor?</p>',
  '<p>Realizamos o ajuste remotamente. Pode testar novamente?</p>',
  '<p>Agendamos a visita técnica para amanhã às 9h.</p>',
  '<p>O problema foi resolvido. Qualquer dúvida estamos à disposição.</p>',
  '<p>Obrigado pelo retorno! Vamos acompanhar por mais alguns dias.</p>',
];

export const CLIENT_REPLY_TEXTS = [
  '<p>Segue o print em anexo.</p>',
  '<p>Testei e continua com o mesmo erro.</p>',
  '<p>Funcionou, obrigado!</p>',
];

export const INTERNAL_NOTE_TEXTS = [
  '<p>Cliente com contrato vigente, pode atender sem orçamento.</p>',
  '<p>Verifiquei os logs: falha de autenticação no servidor RADIUS.</p>',
  '<p>Aguardando o fornecedor enviar a peça (previsão 3 dias úteis).</p>',
  '<p>Escalonando para o N2, já tentei reiniciar o serviço.</p>',
  '<p>Atenção: cliente sensível, já abriu reclamação na ouvidoria.</p>',
];

export const ATTACHMENT_SAMPLES: { name: string; content_type: string; text: string }[] = [
  { name: 'print-erro.png', content_type: 'image/png', text: 'PNG-SANDBOX-IMAGE' },
  { name: 'log-vpn.txt', content_type: 'text/plain', text: 'Tue Aug 11 08:02:13 2026 TLS Error: TLS handshake failed\n' },
  { name: 'orçamento.pdf', content_type: 'application/pdf', text: '%PDF-1.4 orçamento sandbox' },
  { name: 'planilha-inventário.xlsx', content_type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', text: 'PK-sandbox' },
];
