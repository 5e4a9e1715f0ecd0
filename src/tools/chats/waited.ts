/** How long a chat has waited, from TiFlux's timestamps (which carry their own offset). */

/** Whole minutes between two instants, or null when either is missing or unreadable. */
export function minutesBetween(from: string | null | undefined, to: Date | string | null | undefined): number | null {
  if (!from || !to) return null;
  const start = Date.parse(from);
  const end = typeof to === 'string' ? Date.parse(to) : to.getTime();
  if (Number.isNaN(start) || Number.isNaN(end)) return null;
  return Math.max(0, Math.floor((end - start) / 60_000));
}

/** 7 → "7 min", 65 → "1 h 5 min", 3000 → "2 d 2 h". */
export function humanMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return `${days} d${hours ? ` ${hours} h` : ''}`;
  return `${hours} h${rest ? ` ${rest} min` : ''}`;
}
