import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { idListParam, limitParam, offsetParam, ticketNumber } from '../../src/tools/shared/params.js';

const schema = z.strictObject({
  ticket_number: ticketNumber(),
  desk_ids: idListParam('Desk ids.'),
  offset: offsetParam(),
  limit: limitParam(),
});
const firstMessage = (input: unknown) => schema.safeParse(input).error?.issues[0]?.message;

describe('shared parameters', () => {
  it('ticket_number accepts digits as a string or a number, and comes out as a string', () => {
    expect(schema.parse({ ticket_number: ' 084429 ' }).ticket_number).toBe('84429');
    expect(schema.parse({ ticket_number: 84429 }).ticket_number).toBe('84429');
    expect(schema.parse({ ticket_number: '#84429' }).ticket_number).toBe('84429');
  });

  it('ticket_number refuses anything that could steer a URL', () => {
    for (const bad of ['1/../../users', '12?x=1', '-3', '1e3', '', '0', '##1', '1#', 1.5, true]) {
      expect(firstMessage({ ticket_number: bad }), String(bad)).toMatch(/ticket number/);
    }
  });

  it('id lists are normalised: blanks and duplicates dropped', () => {
    expect(schema.parse({ ticket_number: '1', desk_ids: ' 3, 1,,3 ' }).desk_ids).toBe('3,1');
    expect(schema.parse({ ticket_number: '1', desk_ids: ' , ' }).desk_ids).toBeUndefined();
  });

  it('id lists refuse more than 15 ids and non-ids', () => {
    const sixteen = Array.from({ length: 16 }, (_, i) => i + 1).join(',');
    expect(firstMessage({ ticket_number: '1', desk_ids: sixteen })).toBe(
      'accepts at most 15 ids (got 16); split the search into several calls',
    );
    expect(schema.safeParse({ ticket_number: '1', desk_ids: Array.from({ length: 15 }, (_, i) => i + 1).join(',') }).success).toBe(true);
    expect(firstMessage({ ticket_number: '1', desk_ids: '1,abc' })).toBe('holds "abc", which is not a positive id');
  });

  it('paging defaults to page 1 of 20 and refuses limit over 200 (no clamping)', () => {
    expect(schema.parse({ ticket_number: '1' })).toMatchObject({ offset: 1, limit: 20 });
    expect(schema.safeParse({ ticket_number: '1', limit: 200 }).success).toBe(true);
    expect(schema.safeParse({ ticket_number: '1', limit: 201 }).success).toBe(false);
    expect(schema.safeParse({ ticket_number: '1', offset: 0 }).success).toBe(false);
  });
});
