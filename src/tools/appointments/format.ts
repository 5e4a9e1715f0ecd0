/** Appointments (time entries) as rows and Markdown, shared by the per-ticket and organisation-wide lists. */
import * as z from 'zod';
import type { Appointment } from '../../tiflux/schemas/appointments.js';
import { inline, truncate } from '../format/text.js';
import { minutesOf } from '../shared/period.js';

export const appointmentRowOutput = () =>
  z.object({
    id: z.number().int(),
    date: z.string().nullable(),
    init_time: z.string().nullable(),
    end_time: z.string().nullable(),
    minutes: z.number().int().nullable().describe('end_time − init_time; null when a time is missing or malformed.'),
    user: z.string().nullable(),
    client: z.string().nullable(),
    desk: z.string().nullable(),
    ticket_number: z.string().nullable(),
    ticket_title: z.string().nullable(),
    description: z.string().nullable(),
    external_user_name: z.string().nullable(),
    attendance: z.string().nullable().describe('External, Remote or Internal, when valued.'),
    attendance_kind: z.string().nullable().describe('Contract or Loose, when valued.'),
    value: z.number().nullable().describe('Value in R$, when valued.'),
    manual_value: z.boolean().nullable(),
    guarantee: z.boolean().nullable(),
  });
export type AppointmentRow = z.output<ReturnType<typeof appointmentRowOutput>>;

export function durationMinutes(init: string | null | undefined, end: string | null | undefined): number | null {
  if (!init || !end || !/^\d{1,3}:\d{2}$/.test(init) || !/^\d{1,3}:\d{2}$/.test(end)) return null;
  const minutes = minutesOf(end) - minutesOf(init);
  return minutes >= 0 ? minutes : null;
}

export function money(value: number): string {
  return `R$ ${value.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}

export function hours(minutes: number): string {
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}`;
}

function numberOrNull(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const number = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
  return Number.isFinite(number) ? number : null;
}

export function appointmentRow(appointment: Appointment): AppointmentRow {
  const valorization = appointment.valorization ?? null;
  return {
    id: appointment.id,
    date: appointment.date ?? null,
    init_time: appointment.init_time ?? null,
    end_time: appointment.end_time ?? null,
    minutes: durationMinutes(appointment.init_time, appointment.end_time),
    user: appointment.user?.name ?? null,
    client: appointment.client?.name ?? null,
    desk: appointment.desk?.name ?? null,
    ticket_number: appointment.ticket?.number == null ? null : String(appointment.ticket.number),
    ticket_title: appointment.ticket?.title ?? null,
    description: appointment.description ?? null,
    external_user_name: appointment.external_user_name ?? null,
    attendance: valorization?.attendance ?? null,
    attendance_kind: valorization?.attendance_kind ?? null,
    value: numberOrNull(valorization?.value ?? appointment.value),
    manual_value: valorization?.manual_value ?? null,
    guarantee: valorization?.guarantee ?? null,
  };
}

export function appointmentMarkdown(row: AppointmentRow): string {
  const when = `${inline(row.date)} ${inline(row.init_time)}–${inline(row.end_time)}${row.minutes !== null ? ` (${hours(row.minutes)})` : ''}`;
  const where = [row.ticket_number && `ticket #${row.ticket_number}${row.ticket_title ? ` "${inline(row.ticket_title)}"` : ''}`, row.desk, row.client]
    .filter(Boolean)
    .join(' · ');
  const valued = [row.attendance, row.attendance_kind, row.value !== null ? money(row.value) : null, row.guarantee ? 'guarantee' : null]
    .filter(Boolean)
    .join(' · ');
  return (
    `- **${row.id}** · ${when} · ${inline(row.user)}${row.external_user_name ? ` (with ${inline(row.external_user_name)})` : ''}` +
    (where ? ` · ${where}` : '') +
    (valued ? `\n  valued: ${valued}` : '') +
    (row.description ? `\n  ${inline(truncate(row.description, 150))}` : '')
  );
}
