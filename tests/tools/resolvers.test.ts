import { describe, expect, it } from 'vitest';
import type { LookupUser, Stage, TiFluxClient } from '../../src/tiflux/client.js';
import { assignableUsers, firstStageOf, resolveResponsible } from '../../src/tools/names/resolvers.js';

const user = (id: number, name: string, type: string | undefined, source: LookupUser['source'] = 'users'): LookupUser => ({
  id, name, email: `${name.toLowerCase().replace(/\s+/g, '.')}@x.test`, type, source,
});

function fakeClient(users: LookupUser[], stages: Partial<Stage>[] = []): TiFluxClient {
  return {
    lookups: { users: async () => users, stages: async () => stages as Stage[] },
  } as unknown as TiFluxClient;
}

describe('resolvers', () => {
  it('responsible_name only considers attendants and admins from /users', async () => {
    const users = [user(1, 'Ana Souza', 'client'), user(2, 'Ana Souza', 'attendant')];
    expect(assignableUsers(users).map((u) => u.id)).toEqual([2]);
    expect(await resolveResponsible(fakeClient(users), 'ana souza')).toEqual({ id: 2, name: 'Ana Souza' });
  });

  it('technical users (the non-admin fallback) are all assignable', () => {
    expect(assignableUsers([user(5, 'Bia', undefined, 'technical-users')])).toHaveLength(1);
  });

  it('responsible_name matches e-mails too', async () => {
    const users = [user(2, 'Ana Souza', 'attendant'), user(3, 'Ana Lima', 'admin')];
    expect(await resolveResponsible(fakeClient(users), 'ana.lima@x.test')).toEqual({ id: 3, name: 'Ana Lima' });
  });

  it('the first stage is the flagged one, else the lowest position', async () => {
    const flagged = [{ id: 9, name: 'B', index: 2, first_stage: true }, { id: 8, name: 'A', index: 1 }];
    expect(await firstStageOf(fakeClient([], flagged), 1)).toEqual({ id: 9, name: 'B' });
    const unflagged = [{ id: 9, name: 'B', index: 2 }, { id: 8, name: 'A', index: 1 }];
    expect(await firstStageOf(fakeClient([], unflagged), 1)).toEqual({ id: 8, name: 'A' });
    expect(await firstStageOf(fakeClient([], []), 1)).toBeUndefined();
  });
});
