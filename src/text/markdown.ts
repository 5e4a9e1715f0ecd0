/**
 * The one place for Markdown ↔ HTML. TiFlux stores answers, notes, ticket descriptions and knowledge articles as
 * HTML; the model reads and writes Markdown. Choices, sanitising rules and load cost: docs/text.md.
 *
 * - markdownToHtml: Markdown (or plain text) from the model → HTML for TiFlux (marked). Input that already is HTML
 *   goes as it is, so the conversion is idempotent. Raw HTML inside Markdown is escaped, not interpreted, and links
 *   or images with a scheme other than http(s)/mailto/tel/ftp stay text.
 * - htmlToMarkdown: HTML from TiFlux → Markdown for the model (turndown, which parses with domino: entities are
 *   decoded by a real HTML parser). Sanitised: no script/style/iframe/object/embed/form content, no
 *   javascript:/data:/vbscript: links or images, and no attributes at all beyond a link's href and title and an
 *   image's src, alt and title (so event handlers never come through).
 *
 * Both libraries are loaded on first use (dynamic import; in the bundle each is its own dist/vendor-*.js), so a cold
 * start that converts no text never parses them.
 */
import type { MarkedExtension, Tokens } from 'marked';
import type TurndownService from 'turndown';

/** Tags that make a text "already HTML" (what TiFlux itself produces, and what a model writes when it writes HTML). */
const LOOKS_LIKE_HTML =
  /<\/?(p|br|div|span|b|i|u|s|strong|em|ul|ol|li|a|h[1-6]|table|thead|tbody|tr|td|th|img|blockquote|pre|code|hr)\b[^>]*>/i;

export function looksLikeHtml(text: string): boolean {
  return LOOKS_LIKE_HTML.test(text);
}

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel', 'ftp']);

/**
 * A link or image address a reader can safely follow: relative, or one of SAFE_SCHEMES. Browsers ignore control
 * characters and whitespace inside a scheme ("java\tscript:"), so they are removed before the scheme is read.
 */
export function isSafeUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact);
  return scheme === null || SAFE_SCHEMES.has(scheme[1]!);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// ---------------------------------------------------------------- Markdown → HTML

type MarkedParse = (markdown: string) => string;
let markedParse: Promise<MarkedParse> | undefined;

const markedExtension: MarkedExtension = {
  gfm: true,
  // A single line break is a line break: people write messages, not documents.
  breaks: true,
  renderer: {
    // "<nome do cliente>" in a message is text, not a tag: raw HTML in Markdown is shown, never interpreted.
    html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
    link({ href, title, tokens }: Tokens.Link) {
      const text = this.parser.parseInline(tokens);
      if (!isSafeUrl(href)) return text;
      return `<a href="${escapeHtml(href)}"${title ? ` title="${escapeHtml(title)}"` : ''}>${text}</a>`;
    },
    image({ href, title, text }: Tokens.Image) {
      if (!isSafeUrl(href)) return escapeHtml(text);
      return `<img src="${escapeHtml(href)}" alt="${escapeHtml(text)}"${title ? ` title="${escapeHtml(title)}"` : ''}>`;
    },
  },
};

function loadMarked(): Promise<MarkedParse> {
  markedParse ??= import('marked').then(({ Marked }) => {
    const marked = new Marked(markedExtension);
    return (markdown: string) => marked.parse(markdown, { async: false });
  });
  return markedParse;
}

/**
 * Markdown (or plain text) → the HTML TiFlux stores. Text that already is HTML is returned unchanged, which makes
 * the function idempotent: markdownToHtml(markdownToHtml(x)) === markdownToHtml(x).
 */
export async function markdownToHtml(markdown: string): Promise<string> {
  if (looksLikeHtml(markdown)) return markdown;
  const text = markdown.replace(/\r\n?/g, '\n').trim();
  if (text === '') return '';
  const parse = await loadMarked();
  // marked puts a newline between block elements; TiFlux's editor does not, and HTML does not need it. Only
  // newlines between two tags go: text never ends in ">" (marked escapes it), so code blocks keep theirs.
  return parse(text).replace(/>\n+</g, '><').trim();
}

// ---------------------------------------------------------------- HTML → Markdown

/** Elements whose content must never reach the model: code, embedded documents, forms. */
const DROPPED_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'link',
  'meta',
  'base',
  'head',
  'title',
]);

let turndownService: Promise<TurndownService> | undefined;

/** The cells of one table row, as a Markdown table row. */
function tableCell(content: string): string {
  return ` ${content.replace(/\n+/g, ' ').replace(/\|/g, '\\|').trim()} |`;
}

function buildTurndown(Service: typeof TurndownService): TurndownService {
  const service = new Service({
    headingStyle: 'atx',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
    // A <br> is a plain newline: the reader is a model, and trailing spaces are invisible noise.
    br: '',
  });
  // Markdown escaping would put backslashes into names, e-mails and file names ("dev\_suporte") that the model
  // copies into later arguments; the text is read, not rendered, so it stays as it is.
  service.escape = (text: string) => text;
  service.remove((node) => DROPPED_ELEMENTS.has(node.nodeName.toLowerCase()));
  service.addRule('unsafeLink', {
    filter: (node) => node.nodeName === 'A' && !isSafeUrl(node.getAttribute('href')),
    replacement: (content) => content,
  });
  service.addRule('unsafeImage', {
    filter: (node) => node.nodeName === 'IMG' && !isSafeUrl(node.getAttribute('src')),
    replacement: () => '',
  });
  // "- item" rather than turndown's "-   item".
  service.addRule('listItem', {
    filter: 'li',
    replacement(content, node) {
      const parent = node.parentNode as HTMLElementLike | null;
      let prefix = '- ';
      if (parent?.nodeName === 'OL') {
        const start = Number(parent.getAttribute('start')) || 1;
        prefix = `${start + Array.prototype.indexOf.call(parent.children, node)}. `;
      }
      const body = content.replace(/^\n+/, '').replace(/\n+$/, '').replace(/\n/g, `\n${' '.repeat(prefix.length)}`);
      return `${prefix}${body}${node.nextSibling ? '\n' : ''}`;
    },
  });
  // Tables as GFM pipe tables (turndown's core has none): the first row is the header.
  service.addRule('tableCell', { filter: ['th', 'td'], replacement: (content) => tableCell(content) });
  service.addRule('tableRow', {
    filter: 'tr',
    replacement(content, node) {
      const row = `|${content}\n`;
      const table = closest(node as HTMLElementLike, 'TABLE');
      if (!table || table.getElementsByTagName('tr')[0] !== node) return row;
      const cells = (node as HTMLElementLike).children.length;
      return `${row}|${' --- |'.repeat(Math.max(cells, 1))}\n`;
    },
  });
  service.addRule('tableSection', { filter: ['thead', 'tbody', 'tfoot'], replacement: (content) => content });
  service.addRule('table', { filter: 'table', replacement: (content) => `\n\n${content.trim()}\n\n` });
  service.addRule('tableCaption', { filter: 'caption', replacement: () => '' });
  return service;
}

/** The little of the DOM that the rules read (turndown hands them domino nodes). */
interface HTMLElementLike {
  nodeName: string;
  parentNode: HTMLElementLike | null;
  children: ArrayLike<unknown>;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<unknown>;
}

function closest(node: HTMLElementLike, nodeName: string): HTMLElementLike | null {
  let current = node.parentNode;
  while (current && current.nodeName !== nodeName) current = current.parentNode;
  return current;
}

function loadTurndown(): Promise<TurndownService> {
  turndownService ??= import('turndown').then(({ default: Service }) => buildTurndown(Service));
  return turndownService;
}

/** HTML from TiFlux → sanitised Markdown for the model. Null, undefined and '' give ''. */
export async function htmlToMarkdown(html: string | null | undefined): Promise<string> {
  if (!html) return '';
  const service = await loadTurndown();
  return service
    .turndown(html)
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
