import { describe, expect, it } from 'vitest';
import { displayValue, formatDateTime, humanSize, inline, truncate } from '../../src/tools/format/text.js';

describe('small formatters', () => {
  it('truncate cuts at a word boundary and marks the cut', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('uma frase bem mais longa que o limite', 20)).toBe('uma frase bem mais…');
  });

  it('formatDateTime shows date, minutes and the zone; anything else as it came', () => {
    expect(formatDateTime('2026-01-01T10:00:00-03:00')).toBe('2026-01-01 10:00 (-03:00)');
    expect(formatDateTime('2026-01-01T13:00:00.123Z')).toBe('2026-01-01 13:00 (UTC)');
    expect(formatDateTime('ontem')).toBe('ontem');
    expect(formatDateTime(null)).toBe('—');
  });

  it('humanSize accepts numbers and numeric strings', () => {
    expect(humanSize(512)).toBe('512 B');
    expect(humanSize('1536')).toBe('1.5 KB');
    expect(humanSize(5 * 1024 * 1024)).toBe('5.0 MB');
    expect(humanSize(undefined)).toBe('size unknown');
  });

  it('inline keeps names as they are (no markdown escaping) on one line', () => {
    expect(inline('dev_suporte *novo*\n  x')).toBe('dev_suporte *novo* x');
    expect(inline(null)).toBe('—');
  });

  it('displayValue shows scalars, JSON for the rest, and marks empty values', () => {
    expect(displayValue('A-1')).toBe('A-1');
    expect(displayValue(false)).toBe('false');
    expect(displayValue({ id: 1 })).toBe('{"id":1}');
    expect(displayValue('')).toBe('(empty)');
  });
});
