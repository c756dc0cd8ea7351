import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../db/contract/dispatch';
import type { Core } from '../../../db/platform/core';
import { PASSWORD, fails, ok, openCore, setUp } from '../../helpers';

async function login(core: Core, username: string, password = PASSWORD): Promise<string> {
  const r = await dispatch(core, 'auth.login', { username, password }, null);
  if (!r.ok || !r.session || !('set' in r.session)) throw new Error(`login failed: ${JSON.stringify(r)}`);
  return r.session.set;
}

describe('a new password ends the old sessions', () => {
  it('signs the user out elsewhere when they change their own password, and keeps this window', async () => {
    const core = await openCore();
    const admin = await setUp(core);
    await ok(core, admin, 'users.create', { name: 'Bas Balie', username: 'bas', role: 'balie', password: PASSWORD });
    const here = await login(core, 'bas');
    const elsewhere = await login(core, 'bas');
    await ok(core, here, 'auth.changePassword', { current: PASSWORD, next: 'een-heel-nieuw-wachtwoord' });
    expect((await fails(core, elsewhere, 'auth.me')).code).toBe('UNAUTHENTICATED');
    expect(await ok(core, here, 'auth.me')).toMatchObject({ user: { username: 'bas' }, locked: false });
    expect(await ok(core, admin, 'rooms.list')).toEqual([]);
  });

  it("signs the user out everywhere when the beheerder resets their password; the beheerder's own reset keeps this window", async () => {
    const core = await openCore();
    const admin = await setUp(core);
    const { id } = await ok(core, admin, 'users.create', {
      name: 'Bas',
      username: 'bas',
      role: 'balie',
      password: PASSWORD,
    });
    const a = await login(core, 'bas');
    const b = await login(core, 'bas');
    await ok(core, admin, 'users.resetPassword', { id, password: 'een-heel-nieuw-wachtwoord' });
    expect((await fails(core, a, 'auth.me')).code).toBe('UNAUTHENTICATED');
    expect((await fails(core, b, 'auth.me')).code).toBe('UNAUTHENTICATED');
    await login(core, 'bas', 'een-heel-nieuw-wachtwoord');

    const adminElsewhere = await login(core, 'bea');
    const bea = (await ok(core, admin, 'users.list')).find((u: { username: string }) => u.username === 'bea');
    await ok(core, admin, 'users.resetPassword', { id: bea.id, password: 'nog-een-nieuw-wachtwoord' });
    expect((await fails(core, adminElsewhere, 'auth.me')).code).toBe('UNAUTHENTICATED');
    expect(await ok(core, admin, 'auth.me')).toMatchObject({ user: { username: 'bea' } });
  });
});

describe('changing a password on a read-only database', () => {
  it('is refused in Dutch, although signing in still works there', async () => {
    const core = await openCore();
    const admin = await setUp(core);
    core.state = { mode: 'readonly', reason: 'De map is alleen-lezen.' };
    const error = await fails(core, admin, 'auth.changePassword', {
      current: PASSWORD,
      next: 'een-heel-nieuw-wachtwoord',
    });
    expect(error).toMatchObject({ code: 'UNAVAILABLE', message: expect.stringContaining('alleen lezen') });
    await login(core, 'bea');
  });
});
