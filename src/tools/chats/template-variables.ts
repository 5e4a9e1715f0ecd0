/** {{1}}, {{2}}… in a WhatsApp template: how many values a send must supply. */

/** The distinct variables in a template text ("Olá {{1}}, pedido {{2}}" → 2). */
export function countVariables(text: string | null | undefined): number {
  if (!text) return 0;
  const names = new Set<string>();
  for (const match of text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)) names.add(match[1]!);
  return names.size;
}

/** A WhatsApp Cloud header may be a string or an object with `text`; media headers have no variables. */
export function headerText(header: unknown): string | undefined {
  if (typeof header === 'string') return header;
  if (header && typeof header === 'object' && typeof (header as { text?: unknown }).text === 'string') {
    return (header as { text: string }).text;
  }
  return undefined;
}
