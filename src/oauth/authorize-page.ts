/**
 * The one web page of this product: "connect <client> to your TiFlux account" (docs/oauth.md "The authorize page").
 * Plain HTML with an inline style sheet, no JavaScript (it must work with scripts off), bilingual (Portuguese first:
 * TiFlux's users are Brazilian). It carries the sealed copy of the request in a hidden field.
 */

export interface AuthorizePageView {
  clientName: string;
  /** Where the browser goes afterwards: a host (claude.ai, 127.0.0.1:33418) or an app scheme (cursor:). */
  returnTo: string;
  /** The sealed request (see authorize.ts). */
  request: string;
  /** Why the last attempt was refused, in both languages. */
  error?: { pt: string; en: string };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
  body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: #f4f6f9; color: #1c2430; margin: 0; }
  main { max-width: 30rem; margin: 3rem auto; background: #fff; border-radius: 12px; padding: 2rem; box-shadow: 0 2px 12px rgba(0,0,0,.08); }
  h1 { font-size: 1.35rem; margin: 0 0 .25rem; }
  .en { color: #5b6675; }
  .who { background: #eef3fb; border-radius: 8px; padding: .75rem 1rem; margin: 1rem 0; }
  label { display: block; font-weight: 600; margin-top: 1rem; }
  input[type=password] { width: 100%; box-sizing: border-box; font: inherit; padding: .6rem .7rem; border: 1px solid #b9c2cf; border-radius: 8px; margin-top: .35rem; }
  .help { font-size: .9rem; color: #4a5563; }
  .error { background: #fdecec; color: #8a1c1c; border-radius: 8px; padding: .75rem 1rem; margin: 1rem 0; }
  .actions { display: flex; gap: .75rem; margin-top: 1.5rem; }
  button { font: inherit; padding: .6rem 1.2rem; border-radius: 8px; border: 1px solid #1f5fbf; background: #1f5fbf; color: #fff; cursor: pointer; }
  button.secondary { background: #fff; color: #1f5fbf; }
  small { display: block; margin-top: 1.5rem; color: #6b7685; font-size: .8rem; }
`;

function layout(title: string, content: string): string {
  return `<!doctype html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${content}
</main>
</body>
</html>
`;
}

export function renderAuthorizePage(view: AuthorizePageView): string {
  const client = escapeHtml(view.clientName);
  const returnTo = escapeHtml(view.returnTo);
  const error = view.error
    ? `<p class="error" role="alert">${escapeHtml(view.error.pt)}<br><span lang="en">${escapeHtml(view.error.en)}</span></p>`
    : '';
  return layout(
    'Conectar ao TiFlux · Connect to TiFlux',
    `<h1>Conectar ao TiFlux</h1>
<p class="en" lang="en">Connect to TiFlux</p>
<div class="who">
  <strong>${client}</strong> quer acessar o TiFlux com a sua chave de API. Depois você volta para <strong>${returnTo}</strong>.<br>
  <span class="en" lang="en"><strong>${client}</strong> wants to use TiFlux with your API key. You will then return to <strong>${returnTo}</strong>.</span>
</div>
${error}
<form method="post" action="authorize">
  <input type="hidden" name="request" value="${escapeHtml(view.request)}">
  <label for="api_key">Chave de API do TiFlux <span class="en" lang="en">· TiFlux API key</span></label>
  <input type="password" id="api_key" name="api_key" autocomplete="off" spellcheck="false" required autofocus>
  <p class="help">No TiFlux: <strong>Minha conta → Sessões → Sessões API</strong>; crie uma chave ou copie uma existente.<br>
  <span lang="en">In TiFlux: <strong>My account → Sessions → API Sessions</strong>; create a key or copy an existing one.</span></p>
  <div class="actions">
    <button type="submit" name="action" value="approve">Conectar · Connect</button>
    <button type="submit" name="action" value="cancel" class="secondary" formnovalidate>Cancelar · Cancel</button>
  </div>
</form>
<small>A chave é conferida com o TiFlux e guardada apenas, cifrada, nos tokens entregues a ${client}; este servidor não a armazena.<br>
<span lang="en">The key is checked with TiFlux and kept only, encrypted, inside the tokens given to ${client}; this server does not store it.</span></small>`,
  );
}

export function renderErrorPage(message: { pt: string; en: string }): string {
  return layout(
    'Não foi possível conectar · Could not connect',
    `<h1>Não foi possível conectar</h1>
<p class="en" lang="en">Could not connect</p>
<p class="error" role="alert">${escapeHtml(message.pt)}<br><span lang="en">${escapeHtml(message.en)}</span></p>
<p class="help">Volte ao aplicativo e comece a conexão de novo.<br><span lang="en">Go back to the app and start connecting again.</span></p>`,
  );
}
