import { describe, expect, it } from 'vitest';
import { ticketDefaults } from '../../src/tools/shared/defaults.js';

describe('ticketDefaults', () => {
  it('reads the four TIFLUX_DEFAULT_* variables as positive ids', () => {
    expect(
      ticketDefaults({
        TIFLUX_DEFAULT_CLIENT_ID: '801',
        TIFLUX_DEFAULT_DESK_ID: ' 4101 ',
        TIFLUX_DEFAULT_PRIORITY_ID: '3',
        TIFLUX_DEFAULT_CATALOG_ITEM_ID: '30164',
      }),
    ).toEqual({ clientId: 801, deskId: 4101, priorityId: 3, catalogItemId: 30164 });
  });

  it('ignores unset, empty, zero and malformed values', () => {
    expect(
      ticketDefaults({ TIFLUX_DEFAULT_CLIENT_ID: '', TIFLUX_DEFAULT_DESK_ID: '0', TIFLUX_DEFAULT_PRIORITY_ID: 'abc' }),
    ).toEqual({ clientId: undefined, deskId: undefined, priorityId: undefined, catalogItemId: undefined });
  });
});
