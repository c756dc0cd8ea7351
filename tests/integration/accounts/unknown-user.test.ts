import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_FAILED_ATTEMPTS } from '../../../db/modules/accounts/users';
import { PASSWORD, fails, ok, openCore, setUp } from '../../helpers';

// Every call of the scrypt check is counted, so the test needs no stopwatch.
const verify = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../../db/modules/accounts/passwords', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../db/modules/accounts/passwords')>();
  return {
    ...real,
    verifyPassword: (password: string, stored: string) => {
      verify.calls++;
      return real.verifyPassword(password, stored);
    },
  };
});

beforeEach(() => {
  verify.calls = 0;
});

describe('an unknown user name', () => {
  it('costs one scrypt check, as a known name does', async () => {
    const core = await openCore();
    await setUp(core);
    verify.calls = 0;
    const unknown = await fails(core, null, 'auth.login', { username: 'niemand', password: 'fout-wachtwoord' });
    expect(verify.calls).toBe(1);
    const known = await fails(core, null, 'auth.login', { username: 'bea', password: 'fout-wachtwoord' });
    expect(verify.calls).toBe(2);
    expect(unknown).toEqual(known);
  });

  it('costs the same scrypt check when the account is locked', async () => {
    const core = await openCore();
    const admin = await setUp(core);
    await ok(core, admin, 'users.create', { name: 'Bas', username: 'bas', role: 'balie', password: PASSWORD });
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++)
      await fails(core, null, 'auth.login', { username: 'bas', password: 'fout-wachtwoord' });
    verify.calls = 0;
    expect((await fails(core, null, 'auth.login', { username: 'bas', password: PASSWORD })).code).toBe(
      'ACCOUNT_LOCKED',
    );
    expect(verify.calls).toBe(1);
  });

  it('takes about as long as a known one (ratio, no absolute times)', async () => {
    const core = await openCore();
    await setUp(core);
    const time = async (username: string) => {
      const start = performance.now();
      for (let i = 0; i < 3; i++) await fails(core, null, 'auth.login', { username, password: 'fout-wachtwoord' });
      return performance.now() - start;
    };
    await time('warm-up');
    const known = await time('bea');
    const unknown = await time('niemand');
    expect(unknown / known).toBeGreaterThan(0.5);
  });
});
