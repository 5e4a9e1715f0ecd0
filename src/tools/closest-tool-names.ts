/** "did you mean get_ticket?" for a mistyped tool name: the offered names within a small edit distance. */

function editDistance(a: string, b: string): number {
  // Optimal string alignment: a transposition ("tikcet") counts as one edit.
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** Up to three offered names: close in spelling, or containing the asked name (e.g. "ticket" → get_ticket). */
export function closestToolNames(asked: string, offered: readonly string[]): string[] {
  const wanted = asked.trim().toLowerCase().slice(0, 64);
  if (!wanted) return [];
  const limit = Math.max(2, Math.floor(wanted.length / 4));
  return offered
    .map((name) => ({ name, distance: name.includes(wanted) ? 0.5 : editDistance(wanted, name) }))
    .filter((candidate) => candidate.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, 3)
    .map((candidate) => candidate.name);
}
