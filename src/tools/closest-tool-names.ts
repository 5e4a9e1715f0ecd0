/** "did you mean get_ticket?" for a mistyped tool name: the offered names within a small edit distance. */
// Optimal string alignment, as for names (a transposition, "tikcet", counts as one edit); past `limit` the
// distance is only known to be too far, which is all the filter needs.
import { editDistance } from './names/match-names.js';

/** Up to three offered names: close in spelling, or containing the asked name (e.g. "ticket" → get_ticket). */
export function closestToolNames(asked: string, offered: readonly string[]): string[] {
  const wanted = asked.trim().toLowerCase().slice(0, 64);
  if (!wanted) return [];
  const limit = Math.max(2, Math.floor(wanted.length / 4));
  return offered
    .map((name) => ({ name, distance: name.includes(wanted) ? 0.5 : editDistance(wanted, name, limit) }))
    .filter((candidate) => candidate.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, 3)
    .map((candidate) => candidate.name);
}
