/**
 * What a restore leaves behind: no signed-in sessions (user ids may mean other people in the restored file),
 * no upload leftovers, no stray backups after a refusal, and its own audit row even when the beheerder who did it
 * does not exist in the restored file.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { dispatch } from '../../../db/contract/dispatch';
import { latestVersion, openDatabase } from '../../../db/platform/database';
import { PASSWORD, fails, fingerprint, ok, openCore, setUp, tempDir, tokenFor } from '../../helpers';

async function login(core: Parameters<typeof ok>[0], username: string): Promise<string> {
  const r = await dispatch(core, 'auth.login', { username, password: PASSWORD }, null);
  if (!r.ok || !r.session || !('set' in r.session)) throw new Error('login failed');
  return r.session.set;
}

/** A database file of an older version, made by our own migrations, with a beheerder and a house in it. */
async function olderFile(change?: (db: Database.Database) => void): Promise<string> {
  const file = join(tempDir(), 'ouder.sqlite');
  const db = await openDatabase(file, { targetVersion: latestVersion() - 1 });
  db.prepare("INSERT INTO building (id, name) VALUES (1, 'Het Oude Huis')").run();
  db.prepare(
    "INSERT INTO users (username, name, role, password_hash, created_at) VALUES ('oud', 'Oud', 'beheerder', 'x', '2026-01-01T10:00:00')",
  ).run();
  db.pragma('foreign_keys = OFF');
  change?.(db);
  db.close();
  return readFileSync(file).toString('base64');
}

describe('after a restore', () => {
  it('nobody is signed in any more: a balie session does not become the beheerder with the same id', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const made = await ok(core, token, 'backups.create');
    const balie = await tokenFor(core, token, 'balie');
    const r = await dispatch(core, 'backups.restore', { source: 'backup', name: made.name }, token);
    expect(r.ok).toBe(true);
    expect(r.session).toEqual({ clear: true });
    for (const t of [balie, token]) expect((await fails(core, t, 'auth.me')).code).toBe('UNAUTHENTICATED');
    // The normal way in still works.
    expect(await ok(core, await login(core, 'bea'), 'auth.me')).toMatchObject({ user: { username: 'bea' } });
  });

  it('records the restore even when the beheerder who did it is not in the restored file', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const made = await ok(core, token, 'backups.create');
    await ok(core, token, 'users.create', {
      name: 'Bob Beheer',
      username: 'bob',
      role: 'beheerder',
      password: PASSWORD,
    });
    const bob = await login(core, 'bob');
    const restored = await ok(core, bob, 'backups.restore', { source: 'backup', name: made.name });
    expect(restored.safetyCopy).toMatch(/^voor-terugzetten-/);
    const row = core.db
      .prepare(
        "SELECT user_id AS userId, user_name AS userName, summary FROM audit_log WHERE entity = 'backups' ORDER BY id DESC",
      )
      .get();
    expect(row).toMatchObject({ userId: null, userName: 'Bob Beheer', summary: expect.stringContaining('teruggezet') });
    expect(core.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('leaves no upload files behind (nor their -wal and -shm), whether the upload was taken or refused', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const made = await ok(core, token, 'backups.create');
    const bytes = readFileSync(join(core.paths.backupDir, made.name)).toString('base64');
    await ok(core, token, 'backups.restore', { source: 'upload', fileName: 'a.sqlite', dataBase64: bytes });
    const again = await login(core, 'bea');
    const other = await openCore();
    await setUp(other);
    const foreignBytes = readFileSync(other.paths.dbFile);
    await fails(core, again, 'backups.restore', {
      source: 'upload',
      fileName: 'b.sqlite',
      dataBase64: Buffer.concat([foreignBytes.subarray(0, 100), Buffer.alloc(4096, 1)]).toString('base64'),
    });
    expect(readdirSync(core.paths.dataDir).filter((n) => n !== 'backups' && !n.startsWith('wijkhuis.sqlite'))).toEqual(
      [],
    );
    expect(readdirSync(core.paths.dataDir).filter((n) => /terugzetten|controle/.test(n))).toEqual([]);
    // Checking a backup in the folder does not leave SQLite's side files next to it either.
    expect(readdirSync(core.paths.backupDir).filter((n) => !n.endsWith('.sqlite'))).toEqual([]);
  });

  it('refuses a second restore while one is under way', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const made = await ok(core, token, 'backups.create');
    const input = { source: 'backup', name: made.name };
    const [first, second] = await Promise.all([
      dispatch(core, 'backups.restore', input, token),
      dispatch(core, 'backups.restore', input, token),
    ]);
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(readdirSync(core.paths.backupDir).filter((n) => n.startsWith('voor-terugzetten-'))).toHaveLength(1);
  });

  it('takes a sound file of an older version and migrates it', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const result = await ok(core, token, 'backups.restore', {
      source: 'upload',
      fileName: 'ouder.sqlite',
      dataBase64: await olderFile(),
    });
    expect(result.buildingName).toBe('Het Oude Huis');
    expect(core.db.pragma('user_version', { simple: true })).toBe(latestVersion());
  });

  it('a refused older file leaves no stray backup behind', async () => {
    const core = await openCore();
    const token = await setUp(core);
    await ok(core, token, 'backups.create');
    const before = fingerprint(core.db);
    const backupsBefore = readdirSync(core.paths.backupDir).sort();
    const bad = await olderFile((db) =>
      db
        .prepare(
          "INSERT INTO audit_log (at, user_id, user_name, method, entity, summary) VALUES ('2026-01-01T10:00:00', 42, 'X', 'x', 'x', 'x')",
        )
        .run(),
    );
    const error = await fails(core, token, 'backups.restore', {
      source: 'upload',
      fileName: 'o.sqlite',
      dataBase64: bad,
    });
    expect(error).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('audit_log') });
    const planted = await olderFile((db) => db.exec('CREATE TRIGGER t AFTER INSERT ON users BEGIN SELECT 1; END;'));
    const error2 = await fails(core, token, 'backups.restore', {
      source: 'upload',
      fileName: 'p.sqlite',
      dataBase64: planted,
    });
    expect(error2.message).toContain('onbekende trigger in (t)');
    expect(readdirSync(core.paths.backupDir).sort()).toEqual(backupsBefore);
    expect(fingerprint(core.db)).toBe(before);
  });
});
