import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { PASSWORD, fails, fingerprint, ok, openCore, setUp, tempDir } from '../../helpers';
import { latestVersion } from '../../../db/platform/database';
import { dispatch } from '../../../db/contract/dispatch';
import type { Core } from '../../../db/platform/core';

async function login(core: Core): Promise<string> {
  const r = await dispatch(core, 'auth.login', { username: 'bea', password: PASSWORD }, null);
  if (!r.ok || !r.session || !('set' in r.session)) throw new Error('login failed');
  return r.session.set;
}

describe('backups', () => {
  it('makes a backup that is a complete, checked copy', async () => {
    const core = await openCore();
    const token = await setUp(core, true);
    const backup = await ok(core, token, 'backups.create');
    expect(backup).toMatchObject({ kind: 'handmatig', name: expect.stringMatching(/^handmatig-\d{8}-\d{6}\.sqlite$/) });
    const copy = new Database(join(core.paths.backupDir, backup.name), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((copy.prepare('SELECT count(*) AS n FROM rooms').get() as { n: number }).n).toBe(8);
    copy.close();
    expect((await ok(core, token, 'backups.list')).map((b: { name: string }) => b.name)).toContain(backup.name);
  });

  it('keeps only the configured number of automatic backups', async () => {
    const core = await openCore();
    const token = await setUp(core);
    await ok(core, token, 'settings.update', { backupKeep: 3, lockMinutes: 10 });
    for (let i = 0; i < 5; i++) await core.backups.create('auto');
    await ok(core, token, 'backups.create');
    const list = await ok(core, token, 'backups.list');
    expect(list.filter((b: { kind: string }) => b.kind === 'auto')).toHaveLength(3);
    expect(list.filter((b: { kind: string }) => b.kind === 'handmatig')).toHaveLength(1);
  });

  it('restores a backup and keeps the current database as a safety copy', async () => {
    const core = await openCore();
    const token = await setUp(core);
    await ok(core, token, 'rooms.create', { name: 'Voor de back-up' });
    const backup = await ok(core, token, 'backups.create');
    await ok(core, token, 'rooms.create', { name: 'Na de back-up' });
    const result = await ok(core, token, 'backups.restore', { source: 'backup', name: backup.name });
    expect(result.safetyCopy).toMatch(/^voor-terugzetten-/);
    // A restore signs everyone out (restore-aftermath.test.ts); the beheerder signs in to the restored data.
    expect((await fails(core, token, 'rooms.list')).code).toBe('UNAUTHENTICATED');
    const again = await login(core);
    expect((await ok(core, again, 'rooms.list')).map((r: { name: string }) => r.name)).toEqual(['Voor de back-up']);
    const safety = new Database(join(core.paths.backupDir, result.safetyCopy), { readonly: true });
    expect(safety.prepare('SELECT name FROM rooms ORDER BY id').all()).toEqual([
      { name: 'Voor de back-up' },
      { name: 'Na de back-up' },
    ]);
    safety.close();
    expect((await ok(core, again, 'audit.list', { entity: 'backups' })).rows[0].summary).toContain(
      'Back-up teruggezet',
    );
  });

  it('restores an uploaded file', async () => {
    const source = await openCore();
    const sourceToken = await setUp(source, true);
    const made = await ok(source, sourceToken, 'backups.create');
    const bytes = readFileSync(join(source.paths.backupDir, made.name));

    const core = await openCore();
    const token = await setUp(core);
    await ok(core, token, 'backups.restore', {
      source: 'upload',
      fileName: 'wilgenhof.sqlite',
      dataBase64: bytes.toString('base64'),
    });
    expect(await ok(core, await login(core), 'rooms.list')).toHaveLength(8);
  });

  it('refuses a corrupt file, a foreign SQLite file and a backup from a newer version, leaving the data untouched', async () => {
    const core = await openCore();
    const token = await setUp(core, true);
    const made = await ok(core, token, 'backups.create');
    const before = fingerprint(core.db);
    const backupsBefore = (await ok(core, token, 'backups.list')).length;

    const garbage = Buffer.from('Dit is geen database maar een boodschappenlijstje.'.repeat(200));
    const e1 = await fails(core, token, 'backups.restore', {
      source: 'upload',
      fileName: 'x.sqlite',
      dataBase64: garbage.toString('base64'),
    });
    expect(e1).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { file: ['Dit bestand is geen geldige Wijkhuis-back-up (beschadigd of een ander soort bestand).'] },
    });

    const foreignFile = join(tempDir(), 'ander.sqlite');
    const foreign = new Database(foreignFile);
    foreign.exec('CREATE TABLE t (x)');
    foreign.close();
    const e2 = await fails(core, token, 'backups.restore', {
      source: 'upload',
      fileName: 'ander.sqlite',
      dataBase64: readFileSync(foreignFile).toString('base64'),
    });
    expect(e2.fieldErrors.file).toEqual(['Dit bestand is geen Wijkhuis-back-up.']);

    const newerFile = join(tempDir(), 'nieuwer.sqlite');
    writeFileSync(newerFile, readFileSync(join(core.paths.backupDir, made.name)));
    const newer = new Database(newerFile);
    newer.pragma(`user_version = ${latestVersion() + 1}`);
    newer.close();
    const e3 = await fails(core, token, 'backups.restore', {
      source: 'upload',
      fileName: 'nieuwer.sqlite',
      dataBase64: readFileSync(newerFile).toString('base64'),
    });
    expect(e3.fieldErrors.file?.[0]).toContain('nieuwere versie');

    // A truncated copy of a real backup: SQLite's own check finds it.
    const full = readFileSync(join(core.paths.backupDir, made.name));
    const e4 = await fails(core, token, 'backups.restore', {
      source: 'upload',
      fileName: 'half.sqlite',
      dataBase64: full.subarray(0, Math.floor(full.length / 2)).toString('base64'),
    });
    expect(e4.code).toBe('VALIDATION');

    expect(fingerprint(core.db)).toBe(before);
    expect((await ok(core, token, 'backups.list')).length).toBe(backupsBefore);
    expect(existsSync(core.paths.dbFile)).toBe(true);
  });

  it('refuses a backup name that is not in the folder', async () => {
    const core = await openCore();
    const token = await setUp(core);
    expect(
      (await fails(core, token, 'backups.restore', { source: 'backup', name: '../../etc/passwd.sqlite' })).fieldErrors,
    ).toEqual({ name: ['Kies een back-up uit de lijst.'] });
    expect(
      (await fails(core, token, 'backups.restore', { source: 'backup', name: 'bestaat-niet.sqlite' })).fieldErrors,
    ).toEqual({ name: ['Deze back-up bestaat niet (meer).'] });
  });

  it('makes a backup at start and again once the newest automatic one is a day old', async () => {
    const core = await openCore();
    await setUp(core);
    const stop = core.startSchedules(20);
    await new Promise((r) => setTimeout(r, 200));
    stop();
    expect(core.backups.list().filter((b) => b.kind === 'auto')).toHaveLength(1);
    expect(core.backups.newestAutoAgeMs()).toBeLessThan(60_000);
  });
});
