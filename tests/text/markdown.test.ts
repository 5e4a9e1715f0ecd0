/**
 * The text module (src/text/markdown.ts, docs/text.md): Markdown ↔ HTML round trips on the HTML TiFlux really
 * stores, sanitising of what comes from TiFlux, and idempotence of what we send.
 */
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown, isSafeUrl, markdownToHtml } from '../../src/text/markdown.js';

describe('markdownToHtml', () => {
  it('turns plain text into paragraphs and line breaks, escaping what looks like a tag', async () => {
    expect(await markdownToHtml('Olá <cliente> & cia,\nlinha 2\n\nParágrafo 2')).toBe(
      '<p>Olá &lt;cliente&gt; &amp; cia,<br>linha 2</p><p>Parágrafo 2</p>',
    );
    expect(await markdownToHtml('a\r\nb')).toBe('<p>a<br>b</p>');
    expect(await markdownToHtml('   ')).toBe('');
  });

  it('renders Markdown: emphasis, lists, links, images, tables and code', async () => {
    expect(await markdownToHtml('**Atenção**: reinicie o *roteador* e rode `ipconfig /renew`.')).toBe(
      '<p><strong>Atenção</strong>: reinicie o <em>roteador</em> e rode <code>ipconfig /renew</code>.</p>',
    );
    expect(await markdownToHtml('Passos:\n\n1. Abra a VPN\n2. Entre com o token\n\n- item a\n- item b')).toBe(
      '<p>Passos:</p><ol><li>Abra a VPN</li><li>Entre com o token</li></ol><ul><li>item a</li><li>item b</li></ul>',
    );
    expect(await markdownToHtml('Veja [o manual](https://ajuda.example/vpn "Manual") e ![print](https://cdn.example/p.png)')).toBe(
      '<p>Veja <a href="https://ajuda.example/vpn" title="Manual">o manual</a> e <img src="https://cdn.example/p.png" alt="print"></p>',
    );
    expect(await markdownToHtml('| Item | Qtd |\n|---|---|\n| Cabo | 2 |')).toBe(
      '<table><thead><tr><th>Item</th><th>Qtd</th></tr></thead><tbody><tr><td>Cabo</td><td>2</td></tr></tbody></table>',
    );
    expect(await markdownToHtml('```\nping 10.0.0.1\n\n<fim>\n```')).toBe('<pre><code>ping 10.0.0.1\n\n&lt;fim&gt;\n</code></pre>');
  });

  it('leaves links and images with unsafe schemes as text', async () => {
    const html = await markdownToHtml('[clique](javascript:alert(1)) ![x](data:image/png;base64,AAAA) [y](vbscript:msgbox)');
    expect(html).toBe('<p>clique x y</p>');
  });

  it('sends text that already is HTML unchanged, so converting twice changes nothing', async () => {
    expect(await markdownToHtml('<p>Já é <strong>HTML</strong></p>')).toBe('<p>Já é <strong>HTML</strong></p>');
    for (const text of ['Olá!\nPode testar de novo?', '- um\n- dois', '| a | b |\n|---|---|\n| 1 | 2 |', 'x & y <z>', '**b**']) {
      const once = await markdownToHtml(text);
      expect(await markdownToHtml(once), text).toBe(once);
    }
  });
});

describe('htmlToMarkdown', () => {
  it('keeps paragraphs, line breaks and emphasis; decodes entities', async () => {
    expect(await htmlToMarkdown('<p>Olá,&nbsp;<b>Ana</b></p><p>Linha 1<br>Linha 2 &amp; 3 &#233; &#x41;</p>')).toBe(
      'Olá, **Ana**\n\nLinha 1\nLinha 2 & 3 é A',
    );
    expect(await htmlToMarkdown('<p>Desde ontem a VPN retorna &quot;tempo esgotado&quot;.</p>')).toBe(
      'Desde ontem a VPN retorna "tempo esgotado".',
    );
  });

  it('renders lists (nested, numbered from `start`), links, images and tables', async () => {
    expect(await htmlToMarkdown('<ul><li>um</li><li>dois<ul><li>dois.um</li></ul></li></ul>')).toBe('- um\n- dois\n  - dois.um');
    expect(await htmlToMarkdown('<ol start="3"><li>três</li><li>quatro</li></ol>')).toBe('3. três\n4. quatro');
    expect(await htmlToMarkdown('<p>Veja <a href="https://ajuda.example/vpn" title="Manual">o manual</a></p>')).toBe(
      'Veja [o manual](https://ajuda.example/vpn "Manual")',
    );
    expect(await htmlToMarkdown('<p><img src="https://cdn.example/p.png" alt="print"></p>')).toBe('![print](https://cdn.example/p.png)');
    expect(
      await htmlToMarkdown('<table><tbody><tr><th>Nome</th><th>Qtd</th></tr><tr><td>Cabo | HDMI</td><td>2</td></tr></tbody></table>'),
    ).toBe('| Nome | Qtd |\n| --- | --- |\n| Cabo \\| HDMI | 2 |');
  });

  it('does not escape Markdown characters, so names and e-mails stay copyable', async () => {
    expect(await htmlToMarkdown('<p>Mesa dev_suporte, e-mail joao_silva@cliente.com.br, arquivo log*.txt</p>')).toBe(
      'Mesa dev_suporte, e-mail joao_silva@cliente.com.br, arquivo log*.txt',
    );
  });

  it('handles empty input', async () => {
    expect(await htmlToMarkdown(null)).toBe('');
    expect(await htmlToMarkdown(undefined)).toBe('');
    expect(await htmlToMarkdown('')).toBe('');
  });
});

describe('sanitising HTML from TiFlux', () => {
  it('drops scripts, styles, embedded documents and forms with their content', async () => {
    const html =
      '<p>antes</p><script>alert(1)</script><style>p{color:red}</style><iframe src="https://evil.example"></iframe>' +
      '<object data="x.swf">flash</object><embed src="x.swf"><noscript>sem js</noscript><svg><script>x()</script></svg>' +
      '<form action="https://evil.example"><input value="senha"><button>Enviar</button></form><p>depois</p>';
    expect(await htmlToMarkdown(html)).toBe('antes\n\ndepois');
  });

  it('drops javascript:, data: and vbscript: links and images, however they are spelled', async () => {
    const html =
      '<p><a href="javascript:alert(1)">um</a> <a href=" JavaScript:alert(1)">dois</a> <a href="jav&#x09;ascript:alert(1)">três</a> ' +
      '<a href="&#106;avascript:alert(1)">quatro</a> <a href="vbscript:msgbox(1)">cinco</a> <a href="data:text/html,<script>x</script>">seis</a></p>' +
      '<p><img src="data:image/png;base64,AAAA" alt="pixel"><img src="javascript:alert(1)"></p>';
    const markdown = await htmlToMarkdown(html);
    expect(markdown).toBe('um dois três quatro cinco seis');
    expect(markdown).not.toMatch(/script:|data:/i);
  });

  it('drops event-handler attributes (no attribute reaches the model but href, src, alt and title)', async () => {
    const markdown = await htmlToMarkdown(
      '<p onclick="steal()" style="x" class="y">texto <b onmouseover="steal()">forte</b></p><img src="https://cdn.example/a.png" onerror="steal()" alt="a">',
    );
    expect(markdown).toBe('texto **forte**\n\n![a](https://cdn.example/a.png)');
    expect(markdown).not.toContain('steal');
  });

  it('decodes entities with a real parser: no prototype lookups, no invalid code points', async () => {
    const markdown = await htmlToMarkdown('<p>&constructor; &toString; &__proto__; &hasOwnProperty; &#0; &#x110000; &notin; &lt;b&gt;</p>');
    expect(markdown).toBe('&constructor; &toString; &__proto__; &hasOwnProperty; \ufffd \ufffd ∉ <b>');
    expect(markdown).not.toMatch(/function|native code|\[object/);
  });
});

describe('round trips on realistic answers', () => {
  const answers = [
    'Olá, Ana!\nPode testar de novo?',
    '**Resumo**\n\n1. Reiniciamos o servidor\n2. Limpamos o cache\n\n- VPN: ok\n- E-mail: pendente',
    'Manual: [VPN](https://ajuda.example/vpn) e print ![tela](https://cdn.example/tela.png)',
    '| Equipamento | Status |\n| --- | --- |\n| Notebook 12 | ok |\n| Impressora | sem toner |',
    '```\ntraceroute 10.0.0.1\n```',
  ];
  it.each(answers)('Markdown → HTML → Markdown keeps %j', async (markdown) => {
    expect(await htmlToMarkdown(await markdownToHtml(markdown))).toBe(markdown);
  });

  it('HTML as TiFlux\'s editor writes it → Markdown → HTML keeps the structure', async () => {
    const html = '<p>Bom dia,</p><p>segue o <strong>procedimento</strong>:</p><ol><li>abrir o chamado</li><li>anexar o log</li></ol>';
    expect(await markdownToHtml(await htmlToMarkdown(html))).toBe(html);
  });
});

describe('isSafeUrl', () => {
  it('accepts relative addresses and http(s), mailto, tel, ftp; refuses the rest', () => {
    for (const url of ['https://x.example/a', 'http://x', 'mailto:a@b.c', 'tel:+5511999999999', 'ftp://f', '/relativo', 'arquivo.pdf', '#topo']) {
      expect(isSafeUrl(url), url).toBe(true);
    }
    for (const url of ['javascript:x', 'JAVASCRIPT:x', ' java\nscript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', '', null]) {
      expect(isSafeUrl(url), String(url)).toBe(false);
    }
  });
});
