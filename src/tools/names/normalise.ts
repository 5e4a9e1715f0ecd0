/**
 * Name normalisation for matching what a person typed against TiFlux names: "  Suporte   Técnico " and
 * "suporte tecnico" are the same name.
 */

/** Trim, collapse runs of whitespace, lowercase, and strip accents (NFD, then drop the combining marks). */
export function normaliseName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The words of an already normalised name. Punctuation that people use as a separator ("Dev - Cansados",
 * "Infra/Redes", "nivel_2") splits words too, so "dev cansados" can find "Dev - Cansados".
 */
export function wordsOf(normalised: string): string[] {
  return normalised.split(/[\s\-_/\\.,;:()[\]|+&]+/u).filter((word) => word.length > 0);
}

let collator: Intl.Collator | undefined;

/**
 * Alphabetical order of names, accents and case aside (pt-BR). One collator, made on first use: `localeCompare`
 * with options builds a new one on every comparison, which made sorting a few thousand names take a second.
 */
export function compareNames(a: string, b: string): number {
  collator ??= new Intl.Collator('pt-BR', { sensitivity: 'base' });
  return collator.compare(a, b);
}
