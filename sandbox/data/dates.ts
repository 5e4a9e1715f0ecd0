// TiFlux renders times in the organisation's zone with an explicit offset, e.g. 2026-01-01T10:00:00-03:00.

const BRASILIA_OFFSET_MINUTES = -3 * 60;

export function toBrasiliaIso(date: Date): string {
  const shifted = new Date(date.getTime() + BRASILIA_OFFSET_MINUTES * 60_000);
  return `${shifted.toISOString().slice(0, 19)}-03:00`;
}

export function addMinutes(iso: string, minutes: number): string {
  return toBrasiliaIso(new Date(new Date(iso).getTime() + minutes * 60_000));
}

/** "HH:MM" with hours that may exceed 24 (TiFlux durations allow 0–999 hours). */
export function formatDuration(totalMinutes: number): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
