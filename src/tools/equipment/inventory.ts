/**
 * get_equipment's answer: what needs attention first (critical updates, full disks, stale antivirus, failing disks,
 * ended warranty), then one line per disk with its free space, and the rest of the inventory in short lines.
 */
import * as z from 'zod';
import type { Equipment } from '../../tiflux/schemas/equipment.js';
import { formatDateTime, inline } from '../format/text.js';

/** A disk this full gets flagged. */
export const FULL_DISK_PERCENT = 90;

const numberOf = (value: string | number | null | undefined): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const parsed = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
  return Number.isFinite(parsed) ? parsed : null;
};
const round1 = (value: number) => Math.round(value * 10) / 10;

export function diskOutput() {
  return z.object({
    name: z.string().nullable(),
    size_gb: z.number().nullable(),
    use_percent: z.number().nullable(),
    free_gb: z.number().nullable(),
    nearly_full: z.boolean().describe(`${FULL_DISK_PERCENT}% used or more.`),
  });
}
export type DiskRow = z.output<ReturnType<typeof diskOutput>>;

export function disksOf(equipment: Equipment): DiskRow[] {
  return (equipment.disks ?? []).map((disk) => {
    const size = numberOf(disk.size_gb);
    const used = numberOf(disk.use_percent);
    return {
      name: disk.name ?? null,
      size_gb: size,
      use_percent: used,
      free_gb: size !== null && used !== null ? round1((size * (100 - used)) / 100) : null,
      nearly_full: used !== null && used >= FULL_DISK_PERCENT,
    };
  });
}

export interface UpdatesRow {
  pending_count: number | null;
  has_critical_pending: boolean;
}

export function updatesOf(equipment: Equipment): UpdatesRow | null {
  const update = equipment.windows_update;
  if (!update) return null;
  return { pending_count: numberOf(update.pending_count), has_critical_pending: update.has_critical_pending === true };
}

/** Everything that needs a person's attention, most urgent first. */
export function alertsOf(equipment: Equipment, today: string): string[] {
  const alerts: string[] = [];
  const updates = updatesOf(equipment);
  if (updates?.has_critical_pending) {
    alerts.push(`CRITICAL Windows updates pending (${updates.pending_count ?? '?'} pending in all)`);
  }
  for (const disk of disksOf(equipment)) {
    if (disk.nearly_full) alerts.push(`disk ${inline(disk.name)} is ${disk.use_percent}% full (${disk.free_gb ?? '?'} GB free)`);
  }
  for (const antivirus of equipment.antivirus ?? []) {
    if (antivirus.active === false) alerts.push(`antivirus ${inline(antivirus.name)} is not active`);
    else if (antivirus.up_to_date === false) alerts.push(`antivirus ${inline(antivirus.name)} is not up to date`);
  }
  for (const disk of equipment.disksmart ?? []) {
    if (disk.status && !/^ok$/i.test(disk.status.trim())) alerts.push(`disk ${inline(disk.model)} reports S.M.A.R.T. status "${inline(disk.status)}"`);
  }
  if (equipment.warranty_date && equipment.warranty_date < today) alerts.push(`warranty ended ${equipment.warranty_date}`);
  return alerts;
}

function diskLine(disk: DiskRow): string {
  const size = disk.size_gb !== null ? `${disk.size_gb} GB` : 'size unknown';
  const used = disk.use_percent !== null ? `${disk.use_percent}% used` : 'use unknown';
  const free = disk.free_gb !== null ? `${disk.free_gb} GB free` : 'free space unknown';
  const name = inline(disk.name);
  return `- ${name}${name.endsWith(':') ? '' : ':'} ${size}, ${used}, **${free}**${disk.nearly_full ? ' ⚠ nearly full' : ''}`;
}

const joinOr = (parts: string[], none: string) => (parts.length ? parts.join('; ') : none);

export function inventoryText(equipment: Equipment, today: string): string {
  const alerts = alertsOf(equipment, today);
  const updates = updatesOf(equipment);
  const os = equipment.operating_system;
  const agentSeen = Boolean(os || equipment.processor || (equipment.disks ?? []).length);
  const header = [
    inline(equipment.client?.name),
    inline(equipment.equipment_type?.name),
    `group ${inline(equipment.equipment_group?.name)}`,
    `last seen ${formatDateTime(equipment.last_seen)}`,
    ...(equipment.current_user ? [`user ${inline(equipment.current_user)}`] : []),
  ].join(' · ');
  const lines = [`# ${inline(equipment.name)} (id ${equipment.id})`, header, ''];
  lines.push(alerts.length ? '**Needs attention**' : 'Nothing needs attention.');
  lines.push(...alerts.map((alert) => `- ⚠ ${alert}`), '');
  if (!agentSeen) {
    lines.push('No inventory: the TiFlux agent has not reported from this equipment (printers and network devices have none).');
  } else {
    lines.push(
      `System: ${os ? `${inline(os.name)} ${os.version ?? ''}${os.kernel ? ` (kernel ${os.kernel})` : ''}${os.service_pack ? ` ${os.service_pack}` : ''}`.trim() : 'unknown'}`,
      `Hardware: ${inline(equipment.processor?.name)}; ${numberOf(equipment.memory?.total_gb) ?? '?'} GB RAM; board ${inline(equipment.motherboard?.manufacturer)} ${inline(equipment.motherboard?.model, '')} (BIOS ${inline(equipment.motherboard?.bios)})`,
      'Disks:',
      ...disksOf(equipment).map(diskLine),
      `Disk health: ${joinOr((equipment.disksmart ?? []).map((disk) => `${inline(disk.model)} ${inline(disk.status)}`), 'not reported')}`,
      `Network${equipment.network_name ? ` (${inline(equipment.network_name)})` : ''}:`,
      ...(equipment.network ?? []).map((card) => `- ${inline(card.name)}: ${inline(card.ipv4?.split(',').map((ip) => ip.trim()).join(', '))} · MAC ${inline(card.mac)}`),
      `Antivirus: ${joinOr((equipment.antivirus ?? []).map((av) => `${inline(av.name)} (${av.active === false ? 'NOT active' : 'active'}, ${av.up_to_date === false ? 'NOT up to date' : 'up to date'})`), 'none reported')}`,
      `Windows Update: ${updates ? `${updates.pending_count ?? '?'} pending${updates.has_critical_pending ? ', CRITICAL among them' : ', none critical'}` : 'not applicable'}`,
      `Printers: ${joinOr((equipment.printer ?? []).map((printer) => `${inline(printer.name)} on ${inline(printer.port)}${printer.default ? ' (default)' : ''}`), 'none')}`,
      `Video: ${joinOr((equipment.vga ?? []).map((card) => `${inline(card.name)}${numberOf(card.vram_mb) !== null ? ` (${numberOf(card.vram_mb)} MB)` : ''}`), 'none')} · Sound: ${joinOr((equipment.sound ?? []).map((card) => inline(card.name)), 'none')}`,
    );
  }
  lines.push(
    `Dates: acquired ${equipment.acquisition_date ?? 'unknown'} · warranty until ${equipment.warranty_date ?? 'unknown'}`,
    'Installed software: list_equipment_softwares.',
  );
  return lines.join('\n');
}
