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
