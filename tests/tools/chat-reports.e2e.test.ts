/** get_chats_feedback_report end to end: two calls (period and the one before), Δ, the list, and its failures. */
import { describe, expect, it } from 'vitest';
import { previousWindow } from '../../src/tools/shared/period.js';
import { useE2E } from './support/e2e.js';

const e2e = useE2E();

const reportCalls = () => e2e.sandbox.requests.filter((r) => r.path === '/reports/feedbacks/chats');

describe('previousWindow', () => {
  it('is the same number of days, ending the day before', () => {
    expect(previousWindow('2026-11-01', '2026-11-30')).toEqual({ start: '2026-10-02', end: '2026-10-31' });
    expect(previousWindow('2026-11-10', '2026-11-10')).toEqual({ start: '2026-11-09', end: '2026-11-09' });
    expect(previousWindow('2026-03-01', '2026-03-07')).toEqual({ start: '2026-02-22', end: '2026-02-28' });
  });
});

describe('get_chats_feedback_report', () => {
  it('compares November with the 30 days before it', async () => {
    const result = await e2e.call('get_chats_feedback_report', { start_date: '2026-11-01', end_date: '2026-11-30' });
    expect(result.isError).toBe(false);
    expect(result.structured!.period).toMatchObject({ rating_average: 4, chats_evaluated: 6, chats_finished: 7, clients_evaluated: 4, answers_percentage: 85.71 });
    expect(result.structured!.previous).toMatchObject({ start_date: '2026-10-02', end_date: '2026-10-31', rating_average: 3.5, chats_evaluated: 4 });
    expect(result.text).toContain('- Average rating: 4/5 (before: 3.5/5) · Δ +0.5 (+14.3%)');
    const calls = reportCalls();
    expect(calls.map((call) => call.query.start_date)).toEqual(['2026-11-01', '2026-10-02']);
    expect(calls[0]!.query.chats_list).toBeUndefined();
  });

  it('lists the rated chats when asked, paged, only on the period\'s call', async () => {
    const result = await e2e.call('get_chats_feedback_report', { start_date: '2026-11-01', end_date: '2026-11-30', include_list: true, limit: 4 });
    const chats = result.structured!.chats as { id: number; rating: number }[];
    expect(chats.map((chat) => chat.id)).toEqual([5101, 5102, 5103, 5104]);
    expect(result.structured).toMatchObject({ has_more: true, next_offset: 2 });
    expect(result.text).toMatch(/- Chat 5101 · Padaria Pão Quente · Carla Mendes · rated 5\/5/);
    expect(reportCalls()[0]!.query).toMatchObject({ chats_list: 'true', offset: '1', limit: '4' });
    expect(reportCalls()[1]!.query.chats_list).toBeUndefined();
  });

  it('takes an explicit comparison period and id filters', async () => {
    const carla = e2e.sandbox.data.tenants.main.users.find((user) => user.name === 'Carla Mendes')!;
    const result = await e2e.call('get_chats_feedback_report', {
      start_date: '2026-11-01', end_date: '2026-11-30', compare_start_date: '2026-10-01', compare_end_date: '2026-10-31',
      responsible_ids: `${carla.id},${carla.id}`,
    });
    expect(result.structured!.period).toMatchObject({ chats_evaluated: 2, rating_average: 5 });
    expect(reportCalls().map((call) => call.query.responsible_ids)).toEqual([String(carla.id), String(carla.id)]);
  });

  it('refuses a reversed period and a half comparison pair, without calling TiFlux', async () => {
    const reversed = await e2e.call('get_chats_feedback_report', { start_date: '2026-11-30', end_date: '2026-11-01' });
    expect(reversed.isError).toBe(true);
    const half = await e2e.call('get_chats_feedback_report', { start_date: '2026-11-01', end_date: '2026-11-30', compare_start_date: '2026-10-01' });
    expect(half.isError).toBe(true);
    expect(half.text).toContain('compare_start_date and compare_end_date');
    const format = await e2e.call('get_chats_feedback_report', { start_date: '01/11/2026', end_date: '2026-11-30' });
    expect(format.isError).toBe(true);
    expect(reportCalls()).toHaveLength(0);
  });

  it('a non-admin key gets TiFlux\'s 403 with the permission it needs', async () => {
    const result = await e2e.call('get_chats_feedback_report', { start_date: '2026-11-01', end_date: '2026-11-30' }, e2e.sandbox.keys.nonAdmin);
    expect(result.isError).toBe(true);
    expect(result.text).toContain('(HTTP 403)');
    expect(result.text).toContain('needs an admin key');
  });
});
