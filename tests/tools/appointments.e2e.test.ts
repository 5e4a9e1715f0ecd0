/** The appointments toolset (issue 13) end to end: valorization helpers, logging time, per-ticket and global lists, timers. */
import { describe, expect, it } from 'vitest';
import { SANDBOX_FIXTURES } from '../../sandbox/server.js';
import { APPOINTMENT_FIXTURES } from '../../sandbox/families/appointments/index.js';
import { useE2E } from './support/e2e.js';

const e2e = useE2E();

const open = String(SANDBOX_FIXTURES.openTicket);
const main = () => e2e.sandbox.data.tenants.main;
const writes = () => e2e.upstream().filter((line) => !line.startsWith('GET'));
const ticketOnDesk = (name: string) => {
  const desk = main().desks.find((d) => d.display_name === name)!;
  return String(main().tickets.find((t) => t.desk_id === desk.id && t.state === 'open')!.ticket_number);
};
const base = { ticket_number: open, date: '2026-07-01', init_time: '09:00', end_time: '10:30', description: 'Ajuste no roteador' };

describe('get_ticket_service_types and get_ticket_shifts', () => {
  it('lists the client\'s contract riders and the loose services with their ids', async () => {
    const result = await e2e.call('get_ticket_service_types', { ticket_number: open, date: '2026-07-01' });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toContain('- 9101 · Contrato de suporte mensal · rider 2026001');
    expect(result.text).toContain('- 801 · Hora técnica remota');
    expect((result.structured!.contract_riders as { id: number }[]).map((r) => r.id)).toEqual([9101, 9199]);
  });

  it('a malformed or impossible date is refused locally; a future date is TiFlux\'s 422', async () => {
    const bad = await e2e.call('get_ticket_service_types', { ticket_number: open, date: '01/07/2026' });
    expect(bad.text).toContain('must be a date as YYYY-MM-DD, e.g. "2026-07-01" (got "01/07/2026")');
    const impossible = await e2e.call('get_ticket_service_types', { ticket_number: open, date: '2026-02-30' });
    expect(impossible.text).toContain('"2026-02-30" is not a date on the calendar');
    expect(e2e.upstream()).toEqual([]);
    const future = await e2e.call('get_ticket_service_types', { ticket_number: open, date: '2099-01-01' });
    expect(future.isError).toBe(true);
    expect(future.text).toContain('date: cannot be in the future');
  });

  it('shifts of the ticket, and of one contract', async () => {
    const all = await e2e.call('get_ticket_shifts', { ticket_number: open });
    expect((all.structured!.shifts as { name: string }[]).map((s) => s.name)).toEqual([
      'Deslocamento São Paulo capital', 'Deslocamento Grande São Paulo', 'Deslocamento contrato mensal', 'Deslocamento Padaria',
    ]);
    const one = await e2e.call('get_ticket_shifts', { ticket_number: open, contract_id: 501 });
    expect(one.text).toContain('- 73 · **Deslocamento contrato mensal** · Contract · contract Contrato de suporte mensal');
  });

  it('an attendant who does not serve the ticket\'s desk gets TiFlux\'s 403', async () => {
    const result = await e2e.call('get_ticket_shifts', { ticket_number: ticketOnDesk('Financeiro') }, e2e.sandbox.keys.nonAdmin);
    expect(result.isError).toBe(true);
    expect(result.text).toContain('(HTTP 403)');
  });
});

describe('create_appointment', () => {
  it('logs valued time with a loose service by name; the appointment appears in list_appointments', async () => {
    const result = await e2e.call('create_appointment', { ...base, attendance: 2, attendance_kind: 1, loose_service_name: 'hora tecnica remota' });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toMatch(/^Logged appointment \d+ on ticket \*\*#84429\*\*: 2026-07-01 09:00–10:30 \(1h30\) by Carla Mendes · R\$ 180,00$/);
    const stored = main().appointments.find((a) => a.id === result.structured!.id)!;
    expect(stored.valorization).toMatchObject({ attendance: 2, attendance_kind: 1, loose_service_id: 801 });
    const list = await e2e.call('list_appointments', { ticket_number: open });
    expect((list.structured!.appointments as { id: number }[]).map((a) => a.id)).toContain(result.structured!.id);
  });

  it('a contract by name resolves to its rider; a shift by name needs attendance 1', async () => {
    const result = await e2e.call('create_appointment', {
      ...base, attendance: 1, attendance_kind: 2, contract_name: 'suporte mensal', shift_name: 'Deslocamento Padaria',
    });
    expect(result.isError, result.text).toBe(false);
    const stored = main().appointments.find((a) => a.id === result.structured!.id)!;
    expect(stored.valorization).toMatchObject({ contract_rider_id: 9101, shift_id: 74 });
  });

  it('an ambiguous name lists the candidates and logs nothing', async () => {
    const result = await e2e.call('create_appointment', { ...base, attendance: 2, attendance_kind: 1, loose_service_name: 'Hora técnica' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('loose_service_name "Hora técnica" matches 2 loose services');
    expect(result.text).toContain('- 801 · Hora técnica remota');
    expect(writes()).toEqual([]);
  });

  it('valorization rules are checked before any call, all at once', async () => {
    const result = await e2e.call('create_appointment', { ...base, end_time: '08:00', attendance_kind: 2, value: 10, shift_id: 71 });
    expect(result.isError).toBe(true);
    for (const problem of [
      'attendance_kind 2 (contract) needs contract_rider_id or contract_name',
      'attendance_kind 2 (contract) cannot take a value',
      'a shift or shift_owner_ticket_number needs attendance 1 (external)',
      'end_time 08:00 is before init_time 09:00',
    ]) expect(result.text).toContain(problem);
    expect(e2e.upstream()).toEqual([]);
    const time = await e2e.call('create_appointment', { ...base, init_time: '9h' });
    expect(time.text).toContain('must be a time as HH:MM');
  });

  it('a desk that requires valorization: TiFlux\'s "can\'t be blank" is explained', async () => {
    const result = await e2e.call('create_appointment', { ...base, ticket_number: ticketOnDesk(APPOINTMENT_FIXTURES.valorizationDesk) });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('requires valorization: give attendance');
  });
});

describe('list_appointments', () => {
  it('lists the ticket\'s time with valorization and totals the page', async () => {
    const result = await e2e.call('list_appointments', { ticket_number: open });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toContain('- **1999999** · ');
    expect(result.text).toContain('14:00–15:00 (1h00) · Ana Souza (with Sr. Manoel (gerente))');
    expect(result.text).toContain('valued: Remote · Loose · R$ 150,00');
    expect(result.text).toContain('2h30 on this page.');
    expect(result.structured).toMatchObject({ minutes_on_page: 150 });
  });

  it('a period that ends before it starts is refused before any call', async () => {
    const result = await e2e.call('list_appointments', { ticket_number: open, start_date: '2026-05-02', end_date: '2026-05-01' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('end_date (2026-05-01) is before start_date (2026-05-02)');
    expect(e2e.upstream()).toEqual([]);
  });
});

describe('list_appointments_global', () => {
  it('filters by technician name and desk name, resolved against every attendant and desk', async () => {
    const ana = main().users.find((u) => u.name === 'Ana Souza')!;
    const result = await e2e.call('list_appointments_global', { start_date: '2026-01-01', end_date: '2026-08-31', user_names: 'Ana Souza', desk_names: 'Suporte', limit: 200 });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toContain('· technicians Ana Souza · desks Suporte');
    const rows = result.structured!.appointments as { user: string; desk: string; ticket_number: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.user))).toEqual(new Set(['Ana Souza']));
    expect(new Set(rows.map((r) => r.desk))).toEqual(new Set(['Suporte']));
    expect(e2e.upstream().find((line) => line.startsWith('GET /appointments'))).toBeTruthy();
    const sent = e2e.sandbox.requests.find((r) => r.path === '/appointments')!;
    expect(sent.query.user_ids).toBe(String(ana.id));
  });

  it('an ambiguous technician name is an error listing them; wrong names are all reported at once', async () => {
    const result = await e2e.call('list_appointments_global', { start_date: '2026-01-01', end_date: '2026-01-31', user_names: 'Ana, Zzzz Qqqq' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('user_names "Ana" matches');
    expect(result.text).toContain('"Zzzz Qqqq"');
    expect(e2e.upstream().some((line) => line.startsWith('GET /appointments'))).toBe(false);
  });

  it('a non-admin key: TiFlux ignores the technician filter, and the answer says so', async () => {
    const result = await e2e.call('list_appointments_global', { start_date: '2026-01-01', end_date: '2026-08-31', user_names: 'Ana Souza', limit: 200 }, e2e.sandbox.keys.nonAdmin);
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toContain('so it ignored the technician filter');
  });

  it('start_date and end_date are required and checked', async () => {
    const missing = await e2e.call('list_appointments_global', { start_date: '2026-01-01' });
    expect(missing.text).toContain('`end_date` is required');
    const reversed = await e2e.call('list_appointments_global', { start_date: '2026-02-01', end_date: '2026-01-01' });
    expect(reversed.text).toContain('is before start_date');
  });
});

describe('list_pre_appointments', () => {
  it('shows the running timer apart from the finished one', async () => {
    const result = await e2e.call('list_pre_appointments', { ticket_number: open });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toContain('# Timers of ticket #84429 (1 running)');
    expect(result.text).toContain('· Ana Souza · ');
    expect(result.text).toContain('from 16:10 · RUNNING');
    expect(result.structured).toMatchObject({ running: 1 });
  });

  it('no timers is not an error; a desk the attendant does not serve is a 403', async () => {
    const quiet = await e2e.call('list_pre_appointments', { ticket_number: String(SANDBOX_FIXTURES.quietTicket) });
    expect(quiet.isError).toBe(false);
    expect(quiet.text).toContain('No timers on ticket');
    const denied = await e2e.call('list_pre_appointments', { ticket_number: ticketOnDesk('Financeiro') }, e2e.sandbox.keys.nonAdmin);
    expect(denied.isError).toBe(true);
  });
});
