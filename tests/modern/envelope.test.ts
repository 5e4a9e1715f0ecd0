/** Unit tests for the 2026-07-28 `_meta` envelope checks (src/mcp/modern-envelope.ts). */
import { describe, expect, it } from 'vitest';
import {
  describeEnvelopeProblem,
  META_KEYS,
  missingRequestMetaKeys,
  readClaim,
  validateNotificationEnvelope,
  validateRequestEnvelope,
  withoutEnvelopeKeys,
} from '../../src/mcp/modern-envelope.js';

const full = {
  [META_KEYS.protocolVersion]: '2026-07-28',
  [META_KEYS.clientCapabilities]: {},
  [META_KEYS.clientInfo]: { name: 't', version: '1' },
};
const params = (meta: Record<string, unknown>) => ({ _meta: meta });
const drop = (key: string) => Object.fromEntries(Object.entries(full).filter(([k]) => k !== key));

describe('validateRequestEnvelope', () => {
  it('accepts the full envelope, and one without clientInfo (a SHOULD, never required)', () => {
    expect(validateRequestEnvelope(params(full))).toBeUndefined();
    expect(validateRequestEnvelope(params(drop(META_KEYS.clientInfo)))).toBeUndefined();
  });

  it('names _meta when params or _meta is absent or not an object', () => {
    for (const p of [undefined, {}, { _meta: null }, { _meta: 'x' }, { _meta: [] }]) {
      expect(validateRequestEnvelope(p)).toEqual({ missing: ['_meta'] });
    }
  });

  it('lists every missing required key', () => {
    expect(validateRequestEnvelope(params(drop(META_KEYS.clientCapabilities)))).toEqual({ missing: [META_KEYS.clientCapabilities] });
    expect(validateRequestEnvelope(params({}))).toEqual({ missing: [META_KEYS.protocolVersion, META_KEYS.clientCapabilities] });
  });

  it.each([
    [META_KEYS.protocolVersion, 5],
    [META_KEYS.protocolVersion, ''],
    [META_KEYS.clientCapabilities, 'x'],
    [META_KEYS.clientCapabilities, null],
    [META_KEYS.clientCapabilities, []],
    [META_KEYS.clientInfo, 'x'],
    [META_KEYS.clientInfo, { name: 't' }],
    [META_KEYS.logLevel, 'loud'],
    [META_KEYS.logLevel, 3],
  ])('reports %s = %j as ill-typed', (key, value) => {
    const problem = validateRequestEnvelope(params({ ...full, [key]: value }));
    expect(problem).toMatchObject({ key, problem: expect.any(String) });
  });

  it('accepts every syslog level and ignores keys it does not reserve', () => {
    for (const level of ['debug', 'info', 'notice', 'warning', 'error', 'critical', 'alert', 'emergency']) {
      expect(validateRequestEnvelope(params({ ...full, [META_KEYS.logLevel]: level }))).toBeUndefined();
    }
    expect(validateRequestEnvelope(params({ ...full, progressToken: 1, 'com.example/x': 'y' }))).toBeUndefined();
  });
});

describe('validateNotificationEnvelope', () => {
  it('needs no capabilities, but a claim of the wrong type is still malformed', () => {
    expect(validateNotificationEnvelope(params({ [META_KEYS.protocolVersion]: '2026-07-28' }))).toBeUndefined();
    expect(validateNotificationEnvelope(params({ [META_KEYS.protocolVersion]: 7 }))).toMatchObject({ key: META_KEYS.protocolVersion });
  });
});

describe('readClaim and missingRequestMetaKeys', () => {
  it('sees a claim whatever its value type, and no claim without the key', () => {
    expect(readClaim(params(full))).toEqual({ present: true, value: '2026-07-28' });
    expect(readClaim(params({ [META_KEYS.protocolVersion]: null }))).toEqual({ present: true, value: null });
    expect(readClaim(params({}))).toEqual({ present: false });
    expect(readClaim(undefined)).toEqual({ present: false });
  });

  it('reports the missing keys of a claimless body', () => {
    expect(missingRequestMetaKeys({})).toEqual(['_meta']);
    expect(missingRequestMetaKeys(params({ [META_KEYS.clientCapabilities]: {} }))).toEqual([META_KEYS.protocolVersion]);
  });
});

describe('describeEnvelopeProblem', () => {
  it('names the key in the message', () => {
    expect(describeEnvelopeProblem({ missing: ['_meta'] }, '2026-07-28')).toBe(
      'Invalid _meta envelope for protocol revision 2026-07-28: missing required key(s): _meta',
    );
    expect(describeEnvelopeProblem({ key: META_KEYS.logLevel, problem: 'must be one of: debug' }, '2026-07-28')).toBe(
      `Invalid _meta envelope for protocol revision 2026-07-28: ${META_KEYS.logLevel}: must be one of: debug`,
    );
  });
});

describe('withoutEnvelopeKeys', () => {
  it('removes the io.modelcontextprotocol/* keys and keeps the rest', () => {
    expect(withoutEnvelopeKeys({ name: 'echo', _meta: { ...full, progressToken: 'p' } })).toEqual({ name: 'echo', _meta: { progressToken: 'p' } });
  });

  it('drops an emptied _meta, and leaves params without one alone', () => {
    expect(withoutEnvelopeKeys({ cursor: 'c', _meta: full })).toEqual({ cursor: 'c' });
    expect(withoutEnvelopeKeys({ name: 'x' })).toEqual({ name: 'x' });
    expect(withoutEnvelopeKeys(undefined)).toBeUndefined();
  });
});
