import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../db/contract/dispatch';
import { MAX_FAILED_ATTEMPTS } from '../../../db/modules/accounts/users';
import type { Core } from '../../../db/platform/core';
import { PASSWORD, fails, ok, openCore, setUp } from '../../helpers';

const WRONG = 'fout-fout-fout';

/** A balie account with a signed-in session; returns its id and token. */
async function balie(core: Core, admin: string): Promise<{ id: number; token: string }> {
  const { id } = await ok(core, admin, 'users.create', {
    name: 'Bas Balie',
    username: 'bas',
    role: 'balie',
    password: PASSWORD,
  });
  const r = await dispatch(core, 'auth.login', { username: 'bas', password: PASSWORD }, null);
  if (!r.ok || !r.session || !('set' in r.session)) throw new Error('login failed');
  return { id, token: r.session.set };
}

async function wrongLogins(core: Core, n: number): Promise<string[]> {
  const codes: string[] = [];
  for (let i = 0; i < n; i++)
    codes.push((await fails(core, null, 'auth.login', { username: 'bas', password: WRONG })).code);
  return codes;
}

describe('one lockout for every password check', () => {
  it('refuses to unlock a locked screen while the account is locked, even with the right password', async () => {
    const core = await openCore();
    const admin = await setUp(core);
    const { token } = await balie(core, admin);
    await ok(core, token, 'auth.lock');
    expect((await wrongLogins(core, MAX_FAILED_ATTEMPTS)).at(-1)).toBe('ACCOUNT_LOCKED');
    const r = await dispatch(core, 'auth.unlock', { password: PASSWORD }, token);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('ACCOUNT_LOCKED');
    expect(!r.ok && r.error.message).toMatch(
      /^Te veel mislukte pogingen\. Dit account is vergrendeld tot \d\d:\d\d\.$/,
    );
    // The session is over: the screen goes to the login, which says the same until the lock ends.
    expect(r.session).toEqual({ clear: true });
    expect((await fails(core, token, 'auth.me')).code).toBe('UNAUTHENTICATED');
  });

  it('allows no more than five guesses in a row from a locked screen, however many tries', async () => {
    const core = await openCore();
    const admin = await setUp(core);
    const { token } = await balie(core, admin);
    await ok(core, token, 'auth.lock');
    const codes: string[] = [];
    for (let i = 0; i < 30; i++) codes.push((await fails(core, token, 'auth.unlock', { password: WRONG })).code);
    expect(codes.slice(0, MAX_FAILED_ATTEMPTS - 1)).toEqual(Array(MAX_FAILED_ATTEMPTS - 1).fill('VALIDATION'));
    expect(codes[MAX_FAILED_ATTEMPTS - 1]).toBe('ACCOUNT_LOCKED');
    expect(new Set(codes.slice(MAX_FAILED_ATTEMPTS))).toEqual(new Set(['UNAUTHENTICATED']));
    expect((await fails(core, null, 'auth.login', { username: 'bas', password: PASSWORD })).code).toBe(
      'ACCOUNT_LOCKED',
    );
  });

  it('counts wrong passwords at sign-in and at the lock screen together', async () => {
    const core = await openCore();
    const admin = await setUp(core);
    const { token } = await balie(core, admin);
    await ok(core, token, 'auth.lock');
    await wrongLogins(core, MAX_FAILED_ATTEMPTS - 2);
    expect((await fails(core, token, 'auth.unlock', { password: WRONG })).code).toBe('VALIDATION');
    expect((await fails(core, token, 'auth.unlock', { password: WRONG })).code).toBe('ACCOUNT_LOCKED');
  });

  it('counts a wrong current password when changing it, and locks the account after five', async () => {
    const core = await openCore();
    const admin = await setUp(core);
    const { token } = await balie(core, admin);
    const change = { current: WRONG, next: 'een-heel-nieuw-wachtwoord' };
    for (let i = 1; i < MAX_FAILED_ATTEMPTS; i++)
      expect((await fails(core, token, 'auth.changePassword', change)).fieldErrors).toEqual({
        current: ['Het huidige wachtwoord klopt niet.'],
      });
    expect((await fails(core, token, 'auth.changePassword', change)).code).toBe('ACCOUNT_LOCKED');
    expect((await fails(core, null, 'auth.login', { username: 'bas', password: PASSWORD })).code).toBe(
      'ACCOUNT_LOCKED',
    );
    expect((await fails(core, token, 'auth.me')).code).toBe('UNAUTHENTICATED');
  });

  it('refuses to change the password while the account is locked, even with the right current one', async () => {
    const core = await openCore();
    const admin = await setUp(core);
    const { token } = await balie(core, admin);
    await wrongLogins(core, MAX_FAILED_ATTEMPTS);
    const change = { current: PASSWORD, next: 'een-heel-nieuw-wachtwoord' };
    expect((await fails(core, token, 'auth.changePassword', change)).code).toBe('ACCOUNT_LOCKED');
  });

  it('resets the count after a right password', async () => {
    const core = await openCore();
    const admin = await setUp(core);
    const { token } = await balie(core, admin);
    await ok(core, token, 'auth.lock');
    await wrongLogins(core, MAX_FAILED_ATTEMPTS - 1);
    await ok(core, token, 'auth.unlock', { password: PASSWORD });
    expect(await wrongLogins(core, MAX_FAILED_ATTEMPTS - 1)).not.toContain('ACCOUNT_LOCKED');
  });
});
