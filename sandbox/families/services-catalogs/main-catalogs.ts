// The main organisation's service catalogue: 231 selectable items with accents and shared prefixes
// ("Instalação de impressora", "Instalação de impressora fiscal", …) and the same name in several areas
// ("Reset de senha"), so item lookups must page and disambiguate.

import type { CatalogSpec } from './spec.js';

export const MAIN_CATALOGS: CatalogSpec[] = [
  {
    name: 'Infraestrutura',
    areas: [
      {
        name: 'Impressão',
        actions: ['Instalação de', 'Configuração de', 'Manutenção de', 'Substituição de'],
        objects: ['impressora', 'impressora fiscal', 'impressora de etiquetas', 'multifuncional', 'scanner'],
        unselectable: ['Instalação de fax'],
      },
      {
        name: 'Estações de trabalho',
        actions: ['Instalação de', 'Formatação de', 'Manutenção de', 'Substituição de', 'Inventário de'],
        objects: ['computador', 'notebook', 'estação gráfica', 'thin client'],
      },
      {
        name: 'Periféricos',
        actions: ['Instalação de', 'Troca de', 'Configuração de'],
        objects: ['monitor', 'teclado', 'mouse', 'headset', 'webcam', 'leitor de código de barras', 'nobreak'],
      },
      {
        name: 'Rede e internet',
        actions: ['Configuração de', 'Manutenção de', 'Instalação de', 'Diagnóstico de'],
        objects: ['roteador', 'switch', 'ponto de rede', 'Wi-Fi', 'firewall', 'link de internet'],
      },
      {
        name: 'Servidores',
        actions: ['Manutenção de', 'Monitoramento de', 'Atualização de', 'Backup de'],
        objects: ['servidor de arquivos', 'servidor de banco de dados', 'servidor de e-mail', 'máquina virtual'],
      },
    ],
  },
  {
    name: 'Sistemas',
    areas: [
      {
        name: 'ERP',
        actions: ['Instalação do', 'Atualização do', 'Erro no', 'Treinamento no'],
        objects: ['módulo financeiro', 'módulo fiscal', 'módulo de estoque', 'módulo de vendas', 'módulo de compras'],
        extra: ['Reset de senha'],
      },
      {
        name: 'E-mail e colaboração',
        actions: ['Criação de', 'Configuração de', 'Recuperação de', 'Exclusão de'],
        objects: ['conta de e-mail', 'caixa compartilhada', 'lista de distribuição', 'assinatura de e-mail'],
        extra: ['Reset de senha'],
      },
      {
        name: 'Sistemas fiscais',
        actions: ['Configuração de', 'Erro na emissão de', 'Cancelamento de', 'Reenvio de'],
        objects: ['NF-e', 'NFC-e', 'NFS-e', 'CT-e', 'MDF-e'],
      },
    ],
  },
  {
    name: 'Acessos e segurança',
    areas: [
      {
        name: 'Acessos',
        actions: ['Liberação de acesso ao', 'Bloqueio de acesso ao', 'Alteração de permissão no'],
        objects: ['ERP', 'sistema de ponto', 'servidor de arquivos', 'VPN', 'portal do cliente'],
        extra: ['Reset de senha', 'Criação de usuário', 'Desativação de usuário'],
      },
      {
        name: 'Segurança da informação',
        actions: ['Análise de', 'Remoção de', 'Prevenção de'],
        objects: ['vírus', 'phishing', 'ransomware', 'acesso indevido'],
        extra: ['Renovação de certificado digital', 'Instalação de certificado digital', 'Instalação de antivírus'],
      },
    ],
  },
  {
    name: 'Telefonia',
    areas: [
      {
        name: 'Telefonia fixa',
        actions: ['Instalação de', 'Configuração de', 'Manutenção de'],
        objects: ['ramal', 'central telefônica', 'telefone IP', 'URA'],
      },
      {
        name: 'Telefonia móvel',
        actions: ['Configuração de', 'Troca de', 'Bloqueio de'],
        objects: ['celular corporativo', 'chip', 'linha móvel'],
      },
    ],
  },
  {
    name: 'Financeiro',
    areas: [
      {
        name: 'Cobrança',
        actions: ['Emissão de', 'Segunda via de', 'Cancelamento de', 'Renegociação de'],
        objects: ['boleto', 'fatura', 'contrato'],
      },
      {
        name: 'Notas fiscais',
        actions: ['Emissão de', 'Correção de', 'Cancelamento de'],
        objects: ['nota fiscal de serviço', 'nota fiscal de produto'],
      },
    ],
  },
];
