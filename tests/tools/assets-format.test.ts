/** Pure helpers of the contracts and equipment tools: money in TiFlux's notations, disks and alerts. */
import { describe, expect, it } from 'vitest';
import { formatCents, isMasked, toCents } from '../../src/tools/contracts/money.js';
import { alertsOf, disksOf } from '../../src/tools/equipment/inventory.js';
import type { Equipment } from '../../src/tiflux/schemas/equipment.js';

describe('money', () => {
  it.each([
    ['1550.00', 155000],
    ['245.5', 24550],
    [1550, 155000],
    ['R$ 1.550,00', 155000],
    ['R$ 18.600,00', 1860000],
    ['0,99', 99],
  ] as const)('%s → %i cents', (value, cents) => {
    expect(toCents(value)).toBe(cents);
  });

  it('"--", blanks and text are not amounts', () => {
    for (const value of ['--', '', 'abc', null, undefined]) expect(toCents(value)).toBeUndefined();
    expect(isMasked(' -- ')).toBe(true);
    expect(isMasked('R$ 0,00')).toBe(false);
  });

  it('formats in Brazilian notation', () => {
    expect(formatCents(527550)).toBe('R$ 5.275,50');
    expect(formatCents(123456789)).toBe('R$ 1.234.567,89');
    expect(formatCents(5)).toBe('R$ 0,05');
    expect(formatCents(-155000)).toBe('-R$ 1.550,00');
  });
});

describe('inventory', () => {
  const base = { id: 1, name: 'X' } as Equipment;

  it('disks: free space from size and use, numbers sent as strings, unknowns kept unknown', () => {
    const disks = disksOf({ ...base, disks: [{ name: 'C:', size_gb: '100', use_percent: '95' }, { name: 'D:', size_gb: null, use_percent: 10 }] });
    expect(disks).toEqual([
      { name: 'C:', size_gb: 100, use_percent: 95, free_gb: 5, nearly_full: true },
      { name: 'D:', size_gb: null, use_percent: 10, free_gb: null, nearly_full: false },
    ]);
  });

  it('alerts: critical updates first; a disabled antivirus says so rather than "out of date"', () => {
    const alerts = alertsOf(
      {
        ...base,
        windows_update: { pending_count: 3, has_critical_pending: true },
        antivirus: [{ name: 'AV', active: false, up_to_date: false }],
        disksmart: [{ model: 'SSD', status: 'OK' }],
        warranty_date: '2030-01-01',
      },
      '2026-12-01',
    );
    expect(alerts).toEqual(['CRITICAL Windows updates pending (3 pending in all)', 'antivirus AV is not active']);
  });

  it('non-critical pending updates are not an alert', () => {
    expect(alertsOf({ ...base, windows_update: { pending_count: 4, has_critical_pending: false } }, '2026-12-01')).toEqual([]);
  });
});
