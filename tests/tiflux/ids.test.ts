// The id rule (src/tiflux/ids.ts) seen through every door: the tools' zod helpers and the client's segment and
// filter functions read the same table, so the two sides cannot drift apart again.
import { describe, expect, it } from 'vitest';
import { TiFluxInputError } from '../../src/tiflux/errors.js';
import { formatIdList } from '../../src/tiflux/id-list.js';
import { ID_WORDING, MAX_ID, readId, readTicketNumber } from '../../src/tiflux/ids.js';
import { apiPath, idSegment, parsePositiveId, positionSegment, ticketNumberSegment, type PathSegment } from '../../src/tiflux/path.js';
import { idListParam, idParam, ticketNumber } from '../../src/tools/shared/params.js';
import { recordIdParam } from '../../src/tools/shared/record-id.js';

const REFUSED = Symbol('refused');

/** value → what an id reads as, what a ticket number reads as (REFUSED: refused on both sides). */
const TABLE: [value: unknown, id: number | typeof REFUSED, ticket: string | typeof REFUSED][] = [
  ['84429', 84429, '84429'],
  ['1', 1, '1'],
  ['0042', 42, '42'],
  ['9'.repeat(15), 999_999_999_999_999, '9'.repeat(15)],
  ['9'.repeat(16), REFUSED, REFUSED], // written ids stop at 15 digits
  ['0', REFUSED, REFUSED],
  ['000', REFUSED, REFUSED],
  ['-3', REFUSED, REFUSED],
  ['+5', REFUSED, REFUSED],
  ['1e3', REFUSED, REFUSED],
  ['0x10', REFUSED, REFUSED],
  ['1.5', REFUSED, REFUSED],
  ['', REFUSED, REFUSED],
  ['abc', REFUSED, REFUSED],
  ['1/2', REFUSED, REFUSED],
  ['1/../../users', REFUSED, REFUSED],
  ['12?x=1', REFUSED, REFUSED],
  ['12#frag', REFUSED, REFUSED],
  ['12%2F..', REFUSED, REFUSED],
  ['١٢', REFUSED, REFUSED], // Arabic-Indic digits are not ASCII digits
  [84429, 84429, '84429'],
  [1, 1, '1'],
  [999_999_999_999_999, 999_999_999_999_999, '999999999999999'],
  [1_234_567_890_123_456, 1_234_567_890_123_456, REFUSED], // a ticket number's digits count, also as a number
  [MAX_ID, MAX_ID, REFUSED],
  [MAX_ID + 1, REFUSED, REFUSED],
  [0, REFUSED, REFUSED],
  [-1, REFUSED, REFUSED],
  [1.5, REFUSED, REFUSED],
  [Number.NaN, REFUSED, REFUSED],
  [Number.POSITIVE_INFINITY, REFUSED, REFUSED],
  [null, REFUSED, REFUSED],
  [true, REFUSED, REFUSED],
  [{}, REFUSED, REFUSED],
  [[], REFUSED, REFUSED],
];

const label = (value: unknown) => (typeof value === 'number' ? `number ${value}` : JSON.stringify(value));
const clientId = (value: unknown) => {
  try {
    return parsePositiveId(value, 'desk_id');
  } catch (error) {
    expect(error).toBeInstanceOf(TiFluxInputError);
    expect((error as Error).message).toMatch(new RegExp(`^desk_id ${ID_WORDING.id} \\(got `));
    return REFUSED;
  }
};
const clientTicket = (value: unknown) => {
  try {
    return ticketNumberSegment(value);
  } catch (error) {
    expect(error).toBeInstanceOf(TiFluxInputError);
    expect((error as Error).message.startsWith(`ticket_number ${ID_WORDING.ticketNumber} (got `)).toBe(true);
    return REFUSED;
  }
};
const zodValue = <T>(result: { success: true; data: T } | { success: false }) => (result.success ? result.data : REFUSED);

describe.each(TABLE)('%j', (value, id, ticket) => {
  it(`as an id: ${id === REFUSED ? 'refused' : id} by the client and by the tools`, () => {
    expect(readId(value)).toBe(id === REFUSED ? undefined : id);
    expect(clientId(value)).toBe(id);
    expect(zodValue(recordIdParam('x', 'list_x').safeParse(value))).toBe(id);
    // idParam takes numbers only (its JSON Schema says integer); for them it answers as the rule does.
    if (typeof value === 'number') expect(zodValue(idParam('x').safeParse(value))).toBe(id);
    if (id !== REFUSED) {
      expect(idSegment(value, 'desk_id')).toBe(String(id));
      expect(apiPath`/desks/${idSegment(value, 'desk_id')}`).toBe(`/desks/${id}`);
    }
  });

  it(`as a ticket number: ${ticket === REFUSED ? 'refused' : ticket} by the client and by the tools`, () => {
    expect(readTicketNumber(value)).toBe(ticket === REFUSED ? undefined : ticket);
    expect(clientTicket(value)).toBe(ticket);
    const tool = zodValue(ticketNumber().safeParse(value));
    expect(tool).toBe(ticket);
    if (tool !== REFUSED) expect(apiPath`/tickets/${ticketNumberSegment(tool)}`).toBe(`/tickets/${String(ticket)}`);
  });

  if (typeof value === 'string' && value !== '') {
    it('as one entry of an id list: the same by the client and by the tools', () => {
      const expected = id === REFUSED ? REFUSED : String(id);
      expect(zodValue(idListParam('x').safeParse(value))).toBe(expected);
      let client: string | undefined | typeof REFUSED;
      try {
        client = formatIdList(value, 'desk_ids');
      } catch {
        client = REFUSED;
      }
      expect(client).toBe(expected);
    });
  }
});

describe('what only the tools accept, and hand on in the form the client takes', () => {
  it.each([
    ['#84429', '84429'],
    [' 84429 ', '84429'],
    [' #0042', '42'],
  ])('ticket number %j → %j', (spelled, digits) => {
    const parsed = ticketNumber().parse(spelled);
    expect(parsed).toBe(digits);
    expect(ticketNumberSegment(parsed)).toBe(digits);
  });

  it('record ids written with spaces around them', () => {
    const parsed = recordIdParam('x', 'list_x').parse(' 7 ');
    expect(parsed).toBe(7);
    expect(idSegment(parsed, 'answer_id')).toBe('7');
  });
});

describe('the wording', () => {
  it('is the rule module\'s, on both sides', () => {
    const tool = (schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } }, v: unknown) =>
      schema.safeParse(v).error?.issues[0]?.message;
    expect(tool(ticketNumber(), 'abc')).toBe(ID_WORDING.ticketNumber);
    expect(tool(ticketNumber(), '0')).toBe(ID_WORDING.ticketNumberZero);
    expect(tool(idParam('x'), 1.5)).toBe(ID_WORDING.wholeNumberId);
    expect(tool(idParam('x'), -1)).toBe(ID_WORDING.positiveId);
    expect(tool(recordIdParam('x', 'list_ticket_answers'), 'abc')).toBe(ID_WORDING.recordId('list_ticket_answers'));
    expect(tool(idListParam('x'), '1,abc')).toBe(ID_WORDING.inList('abc'));
    expect(() => idSegment('abc', 'desk_id')).toThrow(`desk_id ${ID_WORDING.id} (got "abc").`);
  });
});

describe('apiPath', () => {
  it('takes only the canonical digits path.ts writes', () => {
    for (const forged of ['1/../../users', '0042', '-1', '', ' 1', '1e3', String(MAX_ID + 1)]) {
      expect(() => apiPath`/tickets/${forged as PathSegment}`, forged).toThrow(TiFluxInputError);
    }
  });

  it('takes a 0-based position, which is not an id', () => {
    expect(apiPath`/items/${positionSegment(0, 'index')}`).toBe('/items/0');
    expect(() => positionSegment(-1, 'index')).toThrow(/^index must be a whole number ≥ 0/);
    expect(() => positionSegment(1.5, 'index')).toThrow(TiFluxInputError);
  });
});
