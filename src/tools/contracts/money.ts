/** Money as TiFlux sends it ("1550.00", 1550, "R$ 1.550,00") → cents, and cents → "R$ 1.550,00" for display. */

/** Cents, or undefined when the value is not a readable amount (e.g. "--", TiFlux's mask for hidden values). */
export function toCents(value: string | number | null | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.round(value * 100) : undefined;
  if (typeof value !== 'string') return undefined;
  let text = value.replace(/R\$|\s/g, '');
  // Brazilian notation: "1.550,00" → "1550.00".
  if (/,\d{1,2}$/.test(text)) text = text.replace(/\./g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return Math.round(Number(text) * 100);
}

export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const [whole, fraction] = (Math.abs(cents) / 100).toFixed(2).split('.');
  return `${sign}R$ ${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${fraction}`;
}

/** TiFlux masks money it will not show this key as "--". */
export const isMasked = (value: unknown) => typeof value === 'string' && value.trim() === '--';
