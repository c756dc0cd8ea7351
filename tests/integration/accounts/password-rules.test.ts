import { describe, expect, it } from 'vitest';
import { PASSWORD, auditCount, fails, ok, openCore, setUp } from '../../helpers';

const COMMON = 'Dit wachtwoord staat in de lijst van veelgebruikte wachtwoorden; kies een ander.';
const REPEATED = 'Dit wachtwoord bestaat uit één teken dat steeds herhaald wordt; kies een ander.';

describe('new passwords in every method that sets one', () => {
  it('refuses a common password at the first start, next to the field, writing nothing', async () => {
    const core = await openCore();
    const error = await fails(core, null, 'setup.firstRun', {
      buildingName: 'Huis',
      user: { name: 'Bea', username: 'bea', password: 'password123' },
    });
    expect(error.fieldErrors).toEqual({ 'user.password': [COMMON] });
    expect(auditCount(core.db)).toBe(0);
  });

  it('refuses common and one-character passwords for a new account, a reset and a change', async () => {
    const core = await openCore();
    const admin = await setUp(core);
    expect(
      (
        await fails(core, admin, 'users.create', {
          name: 'Bas',
          username: 'bas',
          role: 'balie',
          password: 'qwertyuiop',
        })
      ).fieldErrors,
    ).toEqual({ password: [COMMON] });
    const { id } = await ok(core, admin, 'users.create', {
      name: 'Bas',
      username: 'bas',
      role: 'balie',
      password: PASSWORD,
    });
    expect((await fails(core, admin, 'users.resetPassword', { id, password: 'zzzzzzzzzzzz' })).fieldErrors).toEqual({
      password: [REPEATED],
    });
    expect(
      (await fails(core, admin, 'auth.changePassword', { current: PASSWORD, next: '1234567890' })).fieldErrors,
    ).toEqual({ next: [COMMON] });
    // An old password that breaks the new rules still signs in: the rules are for new passwords only.
    core.db
      .prepare("UPDATE users SET password_hash = ? WHERE username = 'bas'")
      .run((await import('../../../db/modules/accounts/passwords')).hashPassword('password123'));
    await ok(core, null, 'auth.login', { username: 'bas', password: 'password123' });
  });
});
