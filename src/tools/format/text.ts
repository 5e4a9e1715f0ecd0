/** Small, pure text helpers for tool output (and for the HTML TiFlux stores). */

/** A Map: entity names come from TiFlux HTML (`&constructor;` must stay as written). */
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map(Object.entries({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
}));

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES.get(entity.toLowerCase()) ?? whole;
  });
}

/**
 * @deprecated Use `htmlToMarkdown` from src/text/markdown.ts, which parses with a real HTML parser and sanitises
 * (docs/text.md). Kept, unused by the catalogue, only until the family branches written against it are merged.
 */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return '';
  const text = html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li[^>]*>/gi, '\n- ')
    .replace(/<\/(p|div|h[1-6]|ul|ol|tr|blockquote|pre)>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const LOOKS_LIKE_HTML = /<\/?(p|br|div|span|b|i|u|strong|em|ul|ol|li|a|h[1-6]|table|img|blockquote|pre|code)\b[^>]*>/i;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * @deprecated Use `markdownToHtml` from src/text/markdown.ts (docs/text.md). Kept, unused by the catalogue, only until
 * the family branches written against it are merged.
 *
 * What we send as a ticket description or message. TiFlux renders HTML, so plain text would lose its line breaks:
 * plain text is escaped and its paragraphs and line breaks become <p> and <br>. Text that already contains HTML
 * tags is sent as it is.
 */
export function toTiFluxHtml(text: string): string {
  if (LOOKS_LIKE_HTML.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** Cuts long text at a word boundary, marking the cut. */
export function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** One line: newlines and runs of spaces collapsed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "2026-01-01T10:00:00-03:00" → "2026-01-01 10:00 (-03:00)"; anything else is shown as it came. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (!match) return value;
  const [, date, time, zone] = match;
  return zone ? `${date} ${time} (${zone === 'Z' ? 'UTC' : zone})` : `${date} ${time}`;
}

/** 1536 → "1.5 KB". Sizes may come as numbers or numeric strings. */
export function humanSize(size: string | number | null | undefined): string {
  const bytes = typeof size === 'string' ? Number(size) : size;
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return 'size unknown';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/**
 * A value for one line of output. Deliberately not Markdown-escaped: the model copies names from the output into
 * later arguments (desk_name…), and an escaped "dev\\_suporte" would no longer be the name.
 */
export function inline(text: string | null | undefined, fallback = '—'): string {
  const value = text ? oneLine(text) : '';
  return value || fallback;
}

/** A custom-field value for display: scalars as they are, anything else as JSON, empty as "(empty)". */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return oneLine(String(value));
  return JSON.stringify(value);
}
