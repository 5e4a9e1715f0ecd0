/** Δ and Δ% between two periods, shared by the comparison reports. */
import * as z from 'zod';

export const deltaOutput = () => ({
  current: z.number(),
  previous: z.number(),
  delta: z.number(),
  delta_percent: z.number().nullable().describe('null when the previous value is 0 (a new value, no percentage).'),
});

export function delta(current: number, previous: number) {
  const difference = Math.round((current - previous) * 100) / 100;
  return {
    current,
    previous,
    delta: difference,
    delta_percent: previous === 0 ? null : Math.round((difference / previous) * 1000) / 10,
  };
}

/** "+12 (+20.0%)", "−3 (−5.5%)", "+4 (new)", "0 (=)". */
export function deltaText(d: { delta: number; delta_percent: number | null; previous: number }): string {
  const sign = d.delta > 0 ? '+' : d.delta < 0 ? '−' : '';
  const amount = `${sign}${Math.abs(d.delta)}`;
  if (d.delta === 0) return '0 (=)';
  if (d.delta_percent === null) return `${amount} (new)`;
  return `${amount} (${sign}${Math.abs(d.delta_percent).toFixed(1)}%)`;
}
