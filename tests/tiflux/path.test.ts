import { describe, expect, it } from 'vitest';
import { TiFluxInputError } from '../../src/tiflux/errors.js';
import { apiPath, idSegment, parsePositiveId, ticketNumberSegment, type PathSegment } from '../../src/tiflux/path.js';

describe('ticketNumberSegment', () => {
  it('accepts digits given as a string or a number', () => {
    expect(ticketNumberSegment('84429')).toBe('84429');
    expect(ticketNumberSegment(84429)).toBe('84429');
  });

  it.each([
    '1/../../users',
    '../users',
    '12?x=1',
    '12#frag',
    '12%2F..',
    ' 12',
    '12 ',
    '-3',
    '0',
    '1e3',
    '1.5',
    '',
    '١٢', // Arabic-Indic digits are not ASCII digits
    '9'.repeat(20),
  ])('refuses %j with an input error naming the argument', (value) => {
    expect(() => ticketNumberSegment(value)).toThrow(TiFluxInputError);
    expect(() => ticketNumberSegment(value)).toThrow(/^ticket_number must be a ticket number made of digits only/);
  });

  it.each([null, undefined, {}, [], 1.5, -1, Number.NaN, Infinity, true])('refuses the non-string %j', (value) => {
    expect(() => ticketNumberSegment(value)).toThrow(TiFluxInputError);
  });

  it('truncates a long bad value in the message', () => {
    const error = (() => {
      try {
        ticketNumberSegment('x'.repeat(500));
      } catch (e) {
        return e as TiFluxInputError;
      }
    })();
    expect(error?.userMessage.length).toBeLessThan(160);
  });
});

describe('idSegment / parsePositiveId', () => {
  it('accepts positive integers and digit strings', () => {
    expect(idSegment(42, 'desk_id')).toBe('42');
    expect(idSegment('0042', 'desk_id')).toBe('42');
    expect(parsePositiveId('7', 'client_id')).toBe(7);
  });

  it.each([0, -1, 1.2, '1/2', 'abc', '', ' 7', null, Number.MAX_SAFE_INTEGER + 2])('refuses %j', (value) => {
    expect(() => idSegment(value, 'desk_id')).toThrow(/^desk_id must be a positive whole number/);
  });
});

describe('apiPath', () => {
  it('joins literal parts and checked segments', () => {
    const n = ticketNumberSegment('12');
    const id = idSegment(3, 'communication_id');
    expect(apiPath`/tickets/${n}/internal_communications/${id}`).toBe('/tickets/12/internal_communications/3');
  });

  it('re-checks segments, so a forged one cannot slip through', () => {
    const forged = '1/../../users' as PathSegment;
    expect(() => apiPath`/tickets/${forged}`).toThrow(TiFluxInputError);
  });
});
