/**
 * Name → one record, or a ToolError that says exactly what to do instead: for several equally good matches, the
 * candidates with their ids (up to 10); for none, the closest names (up to 5). Thrown before any write, so an
 * ambiguous name never creates or changes anything.
 */
import { NameNotSettledError } from '../tool-error.js';
import { matchName, type NamesOf } from './match-names.js';

export const MAX_LISTED_CANDIDATES = 10;
export const MAX_CLOSEST = 5;

export interface NameKind<T> {
  /** The argument that carried the name, e.g. "desk_name". */
  argument: string;
  /** The argument to use instead, e.g. "desk_id". */
  idArgument: string;
  /** "desk", "stage of desk 12", … */
  noun: string;
  /** Plural noun, e.g. "desks". */
  plural: string;
  namesOf: NamesOf<T>;
  /** One line for a candidate: id first, then what tells it apart. */
  describe(item: T): string;
  /** Where the model can list them, e.g. "search_client"; said when nothing is close. */
  searchHint?: string;
  /** For short lists (desks, stages): list some of them when no name is close. */
  listAllWhenNoneClose?: boolean;
}

function bulletList<T>(items: readonly T[], describe: (item: T) => string): string {
  return items.map((item) => `- ${describe(item)}`).join('\n');
}

/** "Retry with client_id set to the right id" when the tool has that argument; without one, names only. */
function retryWithId(idArgument: string | undefined, what: string): string {
  return idArgument ? `Retry with one of these names or its id in ${idArgument}.` : `Retry with one of these ${what}.`;
}

export function pickOne<T>(query: string, items: readonly T[], kind: NameKind<T>): T {
  const match = matchName(query, items, kind.namesOf, MAX_CLOSEST);
  if (match.kind === 'one') return match.item;
  const fail = (compose: (idArgument: string | undefined) => string): never => {
    throw new NameNotSettledError(kind.idArgument, compose);
  };

  if (match.kind === 'several') {
    const shown = match.items.slice(0, MAX_LISTED_CANDIDATES);
    const more = match.items.length - shown.length;
    return fail(
      (idArgument) =>
        `${kind.argument} "${query}" matches ${match.items.length} ${kind.plural} equally well, so none was chosen ` +
        `and nothing was done. ` +
        (idArgument ? `Retry with ${idArgument} set to the right id:\n` : `Retry with the full name of the right one:\n`) +
        bulletList(shown, kind.describe) +
        (more > 0 ? `\n…and ${more} more: use a more specific ${kind.argument}.` : ''),
    );
  }

  if (match.closest.length) {
    return fail(
      (idArgument) =>
        `No ${kind.noun} is named like ${kind.argument} "${query}". Closest names:\n` +
        bulletList(match.closest, kind.describe) +
        `\n${retryWithId(idArgument, 'names')}`,
    );
  }
  if (kind.listAllWhenNoneClose && items.length) {
    const firstName = (item: T) => kind.namesOf(item).find(Boolean) ?? '';
    const shown = [...items]
      .sort((a, b) => firstName(a).localeCompare(firstName(b), 'pt-BR'))
      .slice(0, MAX_LISTED_CANDIDATES);
    return fail(
      (idArgument) =>
        `No ${kind.noun} is named like ${kind.argument} "${query}", and no name is close. ` +
        `Available ${kind.plural}${items.length > shown.length ? ` (first ${shown.length} of ${items.length})` : ''}:\n` +
        bulletList(shown, kind.describe) +
        `\n${retryWithId(idArgument, 'names')}`,
    );
  }
  return fail(
    (idArgument) =>
      `No ${kind.noun} is named like ${kind.argument} "${query}", and no name is close.` +
      (kind.searchHint
        ? idArgument
          ? ` Use ${kind.searchHint} to find it, then pass its id in ${idArgument}.`
          : ` Use ${kind.searchHint} to find its exact name.`
        : ''),
  );
}
