/**
 * Small, pure text helpers for tool output. HTML ↔ Markdown is src/text/markdown.ts (docs/text.md).
 */

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
