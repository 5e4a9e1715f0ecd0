/** The reports toolset (issue 13) end to end: two-period comparisons read in parallel, CSAT, hours per technician. */
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e.js';

const e2e = useE2E();

const main = () => e2e.sandbox.data.tenants.main;
const period = { start_datetime: '2026-04-01T00:00:00-03:00', end_datetime: '2026-06-30T23:59:59-03:00' };

/** Tickets opened in [from, to) (Brasília dates), counted from the sandbox's own data. */
const openedBetween = (from: string, to: string) => main().tickets.filter((t) => t.created_at >= from && t.created_at < to).length;

describe('get_tickets_comparison', () => {
  it('counts both periods month by month, pairing months by position, with Δ and Δ%', async () => {
    const result = await e2e.call('get_tickets_comparison', {
      ...period, compare_start_datetime: '2026-01-01T00:00:00-03:00', compare_end_datetime: '2026-03-31T23:59:59-03:00',
    });
    expect(result.isError, result.text).toBe(false);
    const april = openedBetween('2026-04-01', '2026-05-01');
    const january = openedBetween('2026-01-01', '2026-02-01');
    const buckets = result.structured!.buckets as { period: string; previous_period: string; current: number; previous: number }[];
    expect(buckets[0]).toMatchObject({ period: '2026-04', previous_period: '2026-01', current: april, previous: january });
    const total = result.structured!.total as { current: number; previous: number; delta: number };
    expect(total.current).toBe(openedBetween('2026-04-01', '2026-07-01'));
    expect(total.delta).toBe(total.current - total.previous);
    expect(result.text).toContain(`| 2026-04 (vs 2026-01) | ${april} | ${january} |`);
    expect(e2e.upstream()).toEqual(['GET /tickets', 'GET /tickets']);
  });

  it('reads the two periods in parallel', async () => {
    // Each answer takes 2 s: read one after the other, the second request would reach TiFlux 2 s after the first.
    // Measured at the sandbox, between the two arrivals, so a busy machine cannot turn this red.
    e2e.reset();
    e2e.sandbox.faults.inject({ kind: 'latency', method: 'GET', path: '/tickets', delayMs: 2_000 });
    const result = await e2e.call('get_tickets_comparison', period);
    expect(result.isError, result.text).toBe(false);
    const arrivals = e2e.sandbox.requests.filter((request) => request.path === '/tickets').map((request) => Date.parse(request.receivedAt));
    expect(arrivals).toHaveLength(2);
    expect(Math.abs(arrivals[1]! - arrivals[0]!)).toBeLessThan(1_000);
  });

  it('defaults: the window of the same length just before; solved_in_time assumes closed', async () => {
    const result = await e2e.call('get_tickets_comparison', { ...period, date_type: 'solved_in_time' });
    expect(result.structured).toMatchObject({ filter_by: 'closed', compare_period: { end: '2026-04-01T02:59:59.000Z' } });
    expect(result.text).toContain('Solved · status closed (default)');
  });

  it('group_by desk joins by desk; an ambiguous desk_name lists the candidates and reads no ticket', async () => {
    const desk = await e2e.call('get_tickets_comparison', { ...period, group_by: 'desk', desk_name: 'Suporte' });
    expect(desk.isError, desk.text).toBe(false);
    expect((desk.structured!.buckets as unknown[]).length).toBe(1);
    e2e.reset();
    const ambiguous = await e2e.call('get_tickets_comparison', { ...period, desk_name: 'Field Service' });
    expect(ambiguous.isError).toBe(true);
    expect(ambiguous.text).toContain('desk_name "Field Service" matches 3 desks');
    expect(e2e.upstream()).not.toContain('GET /tickets');
  });

  it('period arguments: a bad date-time, a reversed period and half a pair are refused with what is wrong', async () => {
    const bad = await e2e.call('get_tickets_comparison', { ...period, start_datetime: '2026-04-31T00:00:00Z' });
    expect(bad.text).toContain('must be an ISO 8601 date-time with its offset');
    const reversed = await e2e.call('get_tickets_comparison', { start_datetime: period.end_datetime, end_datetime: period.start_datetime });
    expect(reversed.text).toContain('end_datetime (2026-04-01T00:00:00-03:00) must be after start_datetime');
    const half = await e2e.call('get_tickets_comparison', { ...period, compare_start_datetime: '2026-01-01T00:00:00Z' });
    expect(half.text).toContain('compare_start_datetime was given without compare_end_datetime');
    expect(e2e.upstream()).toEqual([]);
  });
});

describe('get_tickets_feedback_report', () => {
  it('compares CSAT with the previous period and lists the rated tickets', async () => {
    const result = await e2e.call('get_tickets_feedback_report', { start_date: '2026-04-01', end_date: '2026-06-30', include_list: true, limit: 3 });
    expect(result.isError, result.text).toBe(false);
    expect(result.structured).toMatchObject({ compare_period: { start: '2025-12-31', end: '2026-03-31' }, has_more: true, next_offset: 2 });
    const metrics = result.structured!.metrics as { metric: string; current: number }[];
    const rated = main().ratings.filter((r) => {
      const t = main().tickets.find((x) => x.ticket_number === r.ticket_number)!;
      return t.closed_at!.slice(0, 10) >= '2026-04-01' && t.closed_at!.slice(0, 10) <= '2026-06-30';
    });
    expect(metrics.find((m) => m.metric === 'tickets_evaluated')!.current).toBe(rated.length);
    expect((result.structured!.tickets as unknown[]).length).toBe(3);
    expect(result.text).toMatch(/^- #\d+ · [1-5]\/5 · /m);
    expect(result.text).toContain('More rated tickets: call again with offset 2.');
  });

  it('a single day is allowed; a reversed period and half a comparison pair are not', async () => {
    const day = await e2e.call('get_tickets_feedback_report', { start_date: '2026-05-10', end_date: '2026-05-10' });
    expect(day.isError, day.text).toBe(false);
    expect(day.structured).toMatchObject({ compare_period: { start: '2026-05-09', end: '2026-05-09' } });
    const reversed = await e2e.call('get_tickets_feedback_report', { start_date: '2026-05-10', end_date: '2026-05-01' });
    expect(reversed.text).toContain('end_date (2026-05-01) is before start_date (2026-05-10)');
    const half = await e2e.call('get_tickets_feedback_report', { start_date: '2026-05-01', end_date: '2026-05-10', compare_end_date: '2026-04-10' });
    expect(half.text).toContain('compare_end_date was given without compare_start_date');
  });

  it('a non-admin key: the 403 says an admin key or the reports permission is needed', async () => {
    const result = await e2e.call('get_tickets_feedback_report', { start_date: '2026-04-01', end_date: '2026-06-30' }, e2e.sandbox.keys.nonAdmin);
    expect(result.isError).toBe(true);
    expect(result.text).toContain('it needs an admin API key, or a user with permission to view reports');
  });
});

describe('list_appointments_report', () => {
  it('reads every page and adds up hours and value per technician and desk', async () => {
    const result = await e2e.call('list_appointments_report', { start_date: '2026-01-01', end_date: '2026-08-31' });
    expect(result.isError, result.text).toBe(false);
    const inPeriod = main().appointments.filter((a) => a.date >= '2026-01-01' && a.date <= '2026-08-31');
    expect(inPeriod.length).toBeGreaterThan(200);
    const total = result.structured!.total as { appointments: number; minutes: number };
    expect(total.appointments).toBe(inPeriod.length);
    const minutes = inPeriod.reduce((sum, a) => sum + (Number(a.end_time.slice(0, 2)) * 60 + Number(a.end_time.slice(3))) - (Number(a.init_time.slice(0, 2)) * 60 + Number(a.init_time.slice(3))), 0);
    expect(total.minutes).toBe(minutes);
    expect(e2e.upstream().filter((line) => line === 'GET /appointments').length).toBe(Math.ceil(inPeriod.length / 200));
    const technicians = result.structured!.technicians as { user: string; minutes: number }[];
    expect(technicians.length).toBeGreaterThan(5);
    expect(technicians[0]!.minutes).toBeGreaterThanOrEqual(technicians[1]!.minutes);
  });

  it('per desk for a technician by name; an unknown technician name suggests close ones and reads nothing', async () => {
    const result = await e2e.call('list_appointments_report', { start_date: '2026-01-01', end_date: '2026-08-31', user_names: 'Ana Souza' });
    const technicians = result.structured!.technicians as { user: string; value: number }[];
    expect(technicians.map((t) => t.user)).toEqual(['Ana Souza']);
    expect(result.text).toContain('| **Ana Souza** | all |');
    e2e.reset();
    const unknown = await e2e.call('list_appointments_report', { start_date: '2026-01-01', end_date: '2026-08-31', user_names: 'Ana Souzza' });
    expect(unknown.isError).toBe(true);
    expect(unknown.text).toContain('No attendant is named like user_names "Ana Souzza"');
    expect(e2e.upstream()).not.toContain('GET /appointments');
  });

  it('a reversed period is refused before any call', async () => {
    const result = await e2e.call('list_appointments_report', { start_date: '2026-03-01', end_date: '2026-02-01' });
    expect(result.isError).toBe(true);
    expect(e2e.upstream()).toEqual([]);
  });
});
