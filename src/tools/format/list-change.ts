/**
 * Arguments that replace a whole stored list (followers, desk_ids…): TiFlux keeps only what is sent, so the answer
 * shows the list before and after, and what the call removed, so a dropped entry never goes unnoticed.
 */

/** The sentence every such argument's description carries (params.ts and the update tools use it). */
export const REPLACES_WHOLE_LIST =
  'Replaces the whole stored list: entries you leave out are removed (read the current list first to add one).';

/** "Followers: ana@x.com, rui@x.com → ana@x.com (removed: rui@x.com)". */
export function listChangeLine(label: string, before: readonly string[] | undefined, after: readonly string[]): string {
  const shown = (list: readonly string[]) => (list.length ? list.join(', ') : 'none');
  if (before === undefined) return `${label}: ${shown(after)}`;
  const removed = before.filter((entry) => !after.includes(entry));
  const added = after.filter((entry) => !before.includes(entry));
  const details = [removed.length ? `removed: ${removed.join(', ')}` : '', added.length ? `added: ${added.join(', ')}` : '']
    .filter(Boolean)
    .join('; ');
  return `${label}: ${shown(before)} → ${shown(after)}${details ? ` (${details})` : ' (unchanged)'}`;
}

/** A comma-separated list as entries (TiFlux stores followers as one string). */
export function entriesOf(value: string | readonly string[] | null | undefined): string[] {
  if (!value) return [];
  const entries = typeof value === 'string' ? value.split(',') : value;
  return entries.map((entry) => entry.trim()).filter(Boolean);
}
