/**
 * TiFlux stores answers, notes, descriptions and knowledge articles as HTML; the model reads and writes Markdown.
 * The two conversions every tool uses. The libraries (marked, turndown) are loaded on first use, so a cold start
 * that never converts text does not pay for them.
 *
 * - markdownToHtml: Markdown (or plain text) → HTML for TiFlux. Input that is already HTML is sent as it is.
 * - htmlToMarkdown: HTML from TiFlux → Markdown for the model, sanitised (no scripts, no javascript:/data: links).
 */

const LOOKS_LIKE_HTML = /<\/?(p|br|div|span|b|i|u|strong|em|ul|ol|li|a|h[1-6]|table|img|blockquote|pre|code)\b[^>]*>/i;

export async function markdownToHtml(markdown: string): Promise<string> {
  if (LOOKS_LIKE_HTML.test(markdown)) return markdown;
  const { marked } = await import('marked');
  return (await marked.parse(markdown, { gfm: true, breaks: true })).trim();
}

export async function htmlToMarkdown(html: string | null | undefined): Promise<string> {
  if (!html) return '';
  const { default: TurndownService } = await import('turndown');
  const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced' });
  service.remove(['script', 'style']);
  return service.turndown(html).trim();
}
