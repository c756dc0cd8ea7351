import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../db/contract/dispatch';
import { MAX_FAILED_ATTEMPTS } from '../../../db/modules/accounts/users';
import { verifyPassword } from '../../../db/modules/accounts/passwords';
import { PASSWORD, auditCount, fails, fingerprint, ok, openCore, setUp, tokenFor } from '../../helpers';

describe('first start', () => {
  it('asks for setup until the first beheerder exists, then never again', async () => {
    const core = await openCore({ demo: true });
    expect(await ok(core, null, 'setup.status')).toEqual({ needsSetup: true, demoSuggested: true });
    const token = await setUp(core);
    expect(await ok(core, null, 'setup.status')).toMatchObject({ needsSetup: false });
    expect(await ok(core, token, 'auth.me')).toMatchObject({
      user: { username: 'bea', role: 'beheerder' },
      buildingName: 'Huis van de Wijk Test',
    });
    const before = fingerprint(core.db);
    const again = await fails(core, null, 'setup.firstRun', {
      buildingName: 'Overname',
      user: { name: 'X', username: 'xxx', password: PASSWORD },
    });
    expect(again).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Wijkhuis is al ingericht. Log in met een bestaand account.',
    });
    expect(fingerprint(core.db)).toBe(before);
  });

  it('fills a living demo house on request', async () => {
    const core = await openCore();
    const token = await setUp(core, true);
    const building = await ok(core, token, 'building.get');
    expect(building).toMatchObject({
      gebied: 'Charlois',
      welfareProvider: 'Wmo radar',
      managementForm: 'sociaal_beheer',
    });
    expect((await ok(core, token, 'rooms.list')).length).toBeGreaterThanOrEqual(6);
    const hours = await ok(core, token, 'hours.get');
    expect(hours.open.length).toBeGreaterThan(0);
    expect(hours.beheerder.length).toBeGreaterThan(0);
  });

  it('rejects a weak password and a bad username next to the field, writing nothing', async () => {
    const core = await openCore();
    const error = await fails(core, null, 'setup.firstRun', {
      buildingName: '',
      user: { name: 'Bea', username: 'b', password: 'kort' },
    });
    expect(error.fieldErrors).toMatchObject({
      buildingName: ['Naam van het huis is verplicht.'],
      'user.username': [expect.stringContaining('3 tot 40 tekens')],
      'user.password': ['Een wachtwoord heeft minstens 10 tekens.'],
    });
    expect(await ok(core, null, 'setup.status')).toMatchObject({ needsSetup: true });
    expect(auditCount(core.db)).toBe(0);
  });
});

describe('signing in', () => {
  it('stores passwords as scrypt hashes, never in clear', async () => {
    const core = await openCore();
    await setUp(core);
    const { password_hash: hash } = core.db.prepare('SELECT password_hash FROM users').get() as {
      password_hash: string;
    };
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(hash).not.toContain(PASSWORD);
    expect(verifyPassword(PASSWORD, hash)).toBe(true);
    expect(verifyPassword('iets-anders-123', hash)).toBe(false);
  });

  it('gives a Dutch error for a wrong password, the same as for an unknown user', async () => {
    const core = await openCore();
    await setUp(core);
    const wrong = await fails(core, null, 'auth.login', { username: 'bea', password: 'fout-wachtwoord' });
    const unknown = await fails(core, null, 'auth.login', { username: 'niemand', password: 'fout-wachtwoord' });
    expect(wrong).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'Gebruikersnaam of wachtwoord klopt niet.',
      fieldErrors: { password: ['Gebruikersnaam of wachtwoord klopt niet.'] },
    });
    expect(unknown).toEqual(wrong);
    expect(await ok(core, null, 'auth.login', { username: 'BEA ', password: PASSWORD })).toMatchObject({
      user: { username: 'bea' },
    });
  });

  it(`locks the account after ${MAX_FAILED_ATTEMPTS} wrong passwords, even for the right one, until the beheerder resets it`, async () => {
    const core = await openCore();
    const admin = await setUp(core);
    await ok(core, admin, 'users.create', { name: 'Bas Balie', username: 'bas', role: 'balie', password: PASSWORD });
    for (let i = 1; i < MAX_FAILED_ATTEMPTS; i++)
      expect((await fails(core, null, 'auth.login', { username: 'bas', password: 'fout-fout-fout' })).code).toBe(
        'UNAUTHENTICATED',
      );
    const locked = await fails(core, null, 'auth.login', { username: 'bas', password: 'fout-fout-fout' });
    expect(locked.code).toBe('ACCOUNT_LOCKED');
    expect(locked.message).toMatch(/^Te veel mislukte pogingen\. Dit account is vergrendeld tot \d\d:\d\d\.$/);
    expect((await fails(core, null, 'auth.login', { username: 'bas', password: PASSWORD })).code).toBe(
      'ACCOUNT_LOCKED',
    );
    const bas = (await ok(core, admin, 'users.list')).find((u: { username: string }) => u.username === 'bas');
    await ok(core, admin, 'users.resetPassword', { id: bas.id, password: 'nieuw-wachtwoord-1' });
    expect(await ok(core, null, 'auth.login', { username: 'bas', password: 'nieuw-wachtwoord-1' })).toMatchObject({
      user: { role: 'balie' },
    });
  });

  it('ends the session at logout', async () => {
    const core = await openCore();
    const token = await setUp(core);
    await ok(core, token, 'auth.logout');
    expect((await fails(core, token, 'auth.me')).code).toBe('UNAUTHENTICATED');
  });

  it('locks the screen: only unlocking with the right password lets calls through again', async () => {
    const core = await openCore();
    const token = await setUp(core);
    await ok(core, token, 'auth.lock');
    expect(await ok(core, token, 'auth.me')).toMatchObject({ locked: true });
    expect(await fails(core, token, 'rooms.list')).toMatchObject({
      code: 'LOCKED',
      message: 'Het scherm is vergrendeld. Vul je wachtwoord in om verder te gaan.',
    });
    expect((await fails(core, token, 'auth.unlock', { password: 'verkeerd-wachtwoord' })).fieldErrors).toEqual({
      password: ['Dit wachtwoord klopt niet.'],
    });
    expect(await ok(core, token, 'auth.unlock', { password: PASSWORD })).toMatchObject({ locked: false });
    expect(await ok(core, token, 'rooms.list')).toEqual([]);
  });

  it('changes the own password only with the current one', async () => {
    const core = await openCore();
    const token = await setUp(core);
    expect(
      (await fails(core, token, 'auth.changePassword', { current: 'niet-goed-1234', next: 'nieuw-en-lang-1' }))
        .fieldErrors,
    ).toEqual({ current: ['Het huidige wachtwoord klopt niet.'] });
    await ok(core, token, 'auth.changePassword', { current: PASSWORD, next: 'nieuw-en-lang-1' });
    expect((await fails(core, null, 'auth.login', { username: 'bea', password: PASSWORD })).code).toBe(
      'UNAUTHENTICATED',
    );
    await ok(core, null, 'auth.login', { username: 'bea', password: 'nieuw-en-lang-1' });
  });
});

describe('accounts', () => {
  it('keeps at least one active beheerder and refuses to switch off your own account', async () => {
    const core = await openCore();
    const admin = await setUp(core);
    const [bea] = await ok(core, admin, 'users.list');
    const before = fingerprint(core.db);
    expect(
      (await fails(core, admin, 'users.update', { id: bea.id, name: 'Bea', role: 'balie', active: true })).fieldErrors,
    ).toEqual({ role: ['Er moet minstens één actieve beheerder blijven.'] });
    expect(
      (await fails(core, admin, 'users.update', { id: bea.id, name: 'Bea', role: 'beheerder', active: false }))
        .fieldErrors,
    ).toEqual({ active: ['Je kunt je eigen account niet uitschakelen.'] });
    expect(fingerprint(core.db)).toBe(before);
  });

  it('refuses a second account with the same username, in any case', async () => {
    const core = await openCore();
    const admin = await setUp(core);
    expect(
      (await fails(core, admin, 'users.create', { name: 'Bea 2', username: 'BEA', role: 'balie', password: PASSWORD }))
        .fieldErrors,
    ).toEqual({ username: ['Deze gebruikersnaam is al in gebruik.'] });
  });

  it('signs out a switched-off account at once and refuses its login', async () => {
    const core = await openCore();
    const admin = await setUp(core);
    const balie = await tokenFor(core, admin, 'balie');
    const user = (await ok(core, admin, 'users.list')).find((u: { role: string }) => u.role === 'balie');
    const updated = await ok(core, admin, 'users.update', {
      id: user.id,
      name: user.name,
      role: 'balie',
      active: false,
    });
    expect(updated.active).toBe(false);
    expect((await fails(core, balie, 'rooms.list')).code).toBe('UNAUTHENTICATED');
    expect((await fails(core, null, 'auth.login', { username: user.username, password: PASSWORD })).message).toContain(
      'uitgeschakeld',
    );
    const audit = await ok(core, admin, 'audit.list', { entity: 'users' });
    expect(audit.rows[0].summary).toBe('Actief: ja → nee');
  });

  it('records who did what in the audit log and filters it', async () => {
    const core = await openCore();
    const admin = await setUp(core);
    await ok(core, admin, 'rooms.create', { name: 'Keuken' });
    await ok(core, admin, 'closures.create', { startDate: '2026-12-24', endDate: '2026-12-31', reason: 'Kerst' });
    const all = await ok(core, admin, 'audit.list');
    expect(all.total).toBe(3);
    expect(all.entities).toEqual(['closures', 'rooms', 'setup']);
    expect(
      (await ok(core, admin, 'audit.list', { text: 'Keuken' })).rows.map((r: { method: string }) => r.method),
    ).toEqual(['rooms.create']);
    expect((await ok(core, admin, 'audit.list', { text: '100%_' })).total).toBe(0);
    expect((await ok(core, admin, 'audit.list', { limit: 1, offset: 1 })).rows).toHaveLength(1);
    expect((await ok(core, admin, 'audit.list', { from: '2000-01-01', to: '2000-12-31' })).total).toBe(0);
    expect((await ok(core, admin, 'audit.list', { from: '2000-01-01' })).total).toBe(3);
  });

  it('never puts a password in the audit log', async () => {
    const core = await openCore();
    const admin = await setUp(core);
    await ok(core, admin, 'users.create', {
      name: 'Cor',
      username: 'cor',
      role: 'coordinator',
      password: 'zeer-geheim-wachtwoord',
    });
    const rows = core.db.prepare('SELECT summary FROM audit_log').all() as { summary: string }[];
    expect(rows.map((r) => r.summary).join(' ')).not.toContain('zeer-geheim');
    const r = await dispatch(core, 'users.resetPassword', { id: 2, password: 'nog-geheimer-wachtwoord' }, admin);
    expect(r.ok).toBe(true);
    expect(JSON.stringify(core.db.prepare('SELECT * FROM audit_log').all())).not.toContain('nog-geheimer');
  });
});
