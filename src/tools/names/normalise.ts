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
