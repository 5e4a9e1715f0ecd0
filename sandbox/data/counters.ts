// Id counters for generated records: one per kind, each starting where the family's spec says (the two
// organisations use far-apart ranges, like one shared database would).

export type Counters<K extends string> = { [Key in K]: () => number };

export function makeCounters<K extends string>(starts: Record<K, number>): Counters<K> {
  const counters = {} as Counters<K>;
  for (const key of Object.keys(starts) as K[]) {
    let next = starts[key];
    counters[key] = () => next++;
  }
  return counters;
}

/**
 * The id after the highest one in use (1 for none), for records created through the API in families that keep no
 * counter in Sequences: new records never collide with seeded ones.
 */
export function nextId(records: readonly { id: number }[]): number {
  return records.reduce((max, record) => Math.max(max, record.id), 0) + 1;
}
