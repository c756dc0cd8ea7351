import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../db/contract/dispatch';
import { MAX_FAILED_ATTEMPTS } from '../../../db/modules/accounts/users';
import type { Core } from '../../../db/platform/core';
import { PASSWORD, ok, openCore, setUp } from '../../helpers';

interface Row {
  userName: string;
  method: string;
  entity: string;
  entityId: string | null;
  summary: string;
}

async function sessionRows(core: Core, admin: string): Promise<Row[]> {
  const { rows } = await ok(core, admin, 'audit.list', { entity: 'sessie', limit: 500 });
  return (rows as Row[]).slice().reverse();
}

describe('signing in and out in the audit log', () => {
  it('records logins, failed logins, a lockout, unlocks and logouts with where they came from, never a password', async () => {
    const core = await openCore();
    const admin = await setUp(core);
    const { id } = await ok(core, admin, 'users.create', {
      name: 'Bas Balie',
      username: 'bas',
      role: 'balie',
      password: PASSWORD,
    });
    const login = await dispatch(core, 'auth.login', { username: 'bas', password: PASSWORD }, null, 'venster 3');
    const token = login.ok && login.session && 'set' in login.session ? login.session.set : '';
    await dispatch(core, 'auth.lock', {}, token, 'venster 3');
    await dispatch(core, 'auth.unlock', { password: 'geheim-fout-1' }, token, 'venster 3');
    await dispatch(core, 'auth.unlock', { password: PASSWORD }, token, 'venster 3');
    await dispatch(core, 'auth.logout', {}, token, 'venster 3');
    await dispatch(core, 'auth.login', { username: 'onbekend', password: 'geheim-fout-2' }, null, 'adres 127.0.0.1');
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++)
      await dispatch(core, 'auth.login', { username: 'bas', password: 'geheim-fout-3' }, null, 'adres 127.0.0.1');

    const rows = await sessionRows(core, admin);
    expect(rows.map((r) => [r.userName, r.method, r.summary])).toEqual([
      ['Bas Balie', 'auth.login', 'Ingelogd (venster 3)'],
      ['Bas Balie', 'auth.unlock', 'Mislukte poging om te ontgrendelen (venster 3)'],
      ['Bas Balie', 'auth.unlock', 'Ontgrendeld (venster 3)'],
      ['Bas Balie', 'auth.logout', 'Uitgelogd (venster 3)'],
      ['systeem', 'auth.login', "Mislukte inlogpoging voor gebruikersnaam 'onbekend' (adres 127.0.0.1)"],
      ...Array(MAX_FAILED_ATTEMPTS).fill([
        'Bas Balie',
        'auth.login',
        "Mislukte inlogpoging voor gebruikersnaam 'bas' (adres 127.0.0.1)",
      ]),
      [
        'Bas Balie',
        'auth.login',
        expect.stringMatching(
          new RegExp(
            `^Account 'bas' geblokkeerd tot \\d\\d:\\d\\d na ${MAX_FAILED_ATTEMPTS} mislukte pogingen \\(adres 127\\.0\\.0\\.1\\)$`,
          ),
        ),
      ],
    ]);
    expect(rows.filter((r) => r.userName === 'Bas Balie').every((r) => r.entityId === String(id))).toBe(true);
    expect(JSON.stringify(core.db.prepare('SELECT * FROM audit_log').all())).not.toMatch(/geheim-fout|correct-paard/);
    // The beheerder finds them under their own part, and by the user.
    expect((await ok(core, admin, 'audit.list')).entities).toContain('sessie');
    expect((await ok(core, admin, 'audit.list', { userId: id, entity: 'sessie' })).total).toBe(MAX_FAILED_ATTEMPTS + 5);
  });

  it('shows a typed user name without control or invisible characters', async () => {
    const core = await openCore();
    const admin = await setUp(core);
    await dispatch(core, 'auth.login', { username: 'ma\u0007ri\u202eanne\u0000', password: 'x' }, null, 'venster 1');
    const [row] = await sessionRows(core, admin);
    expect(row!.summary).toBe("Mislukte inlogpoging voor gebruikersnaam 'marianne' (venster 1)");
  });

  it('records an attempt on a switched-off account', async () => {
    const core = await openCore();
    const admin = await setUp(core);
    const { id } = await ok(core, admin, 'users.create', {
      name: 'Bas',
      username: 'bas',
      role: 'balie',
      password: PASSWORD,
    });
    await ok(core, admin, 'users.update', { id, name: 'Bas', role: 'balie', active: false });
    await dispatch(core, 'auth.login', { username: 'bas', password: PASSWORD }, null, 'venster 2');
    expect((await sessionRows(core, admin)).map((r) => r.summary)).toEqual([
      "Inlogpoging op uitgeschakeld account 'bas' (venster 2)",
    ]);
  });
});
