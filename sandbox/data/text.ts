// Small text helpers shared by the data generator and the name filters.

/** Lowercase without accents: "Técnico" → "tecnico". */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

export function slugify(text: string): string {
  return foldAccents(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function emailLocalPart(name: string): string {
  const words = slugify(name).split('-');
  return words.length > 1 ? `${words[0]}.${words[words.length - 1]}` : words[0]!;
}
