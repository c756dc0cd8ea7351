import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID, DatabaseOpenError, openDatabase, type Db } from '../../../db/platform/database';
import { loadMigrations } from '../../../db/platform/migrations';
import { tempDir } from '../../helpers';

const migrations = loadMigrations();
const latest = migrations.length;

function schemaOf(db: Db): string[] {
  return (
    db
      .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
      .all() as { sql: string }[]
  ).map((r) => JSON.stringify(r));
}

describe('opening and migrating the database', () => {
  it('creates a new database at the latest version with WAL, foreign keys and the Wijkhuis application id', async () => {
    const db = await openDatabase(join(tempDir(), 'w.sqlite'));
    expect(db.pragma('user_version', { simple: true })).toBe(latest);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('numbers the migrations 001, 002, … without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  for (let n = 2; n <= latest; n++) {
    it(`keeps data when migrating from ${n - 1} to ${n}, and ends with the same schema as a fresh database`, async () => {
      const dir = tempDir();
      const file = join(dir, 'w.sqlite');
      const old = await openDatabase(file, { targetVersion: n - 1 });
      old
        .prepare(
          "INSERT INTO users (username, name, role, password_hash, created_at) VALUES ('bea', 'Bea', 'beheerder', 'x', '2026-01-01T10:00:00')",
        )
        .run();
      old
        .prepare(
          "INSERT INTO audit_log (at, user_id, user_name, method, entity, summary) VALUES ('2026-01-01T10:00:00', 1, 'Bea', 'test', 'test', 'rij')",
        )
        .run();
      old.close();

      const migrated = await openDatabase(file, { backupDir: join(dir, 'backups') });
      expect(migrated.pragma('user_version', { simple: true })).toBe(n === latest ? latest : latest);
      expect(migrated.prepare('SELECT username FROM users').all()).toEqual([{ username: 'bea' }]);
      expect(migrated.prepare('SELECT summary FROM audit_log').all()).toEqual([{ summary: 'rij' }]);
      const fresh = await openDatabase(join(dir, 'fresh.sqlite'));
      expect(schemaOf(migrated)).toEqual(schemaOf(fresh));
      migrated.close();
      fresh.close();
      // The backup made before migrating holds the old version.
      const backups = readdirSync(join(dir, 'backups'));
      expect(backups.some((f) => f.startsWith(`voor-update-v${n - 1}-`))).toBe(true);
      const copy = new Database(join(dir, 'backups', backups[0]!), { readonly: true });
      expect(copy.pragma('user_version', { simple: true })).toBe(n - 1);
      copy.close();
    });
  }

  it('refuses, in Dutch, a database made by a newer Wijkhuis, and leaves it untouched', async () => {
    const file = join(tempDir(), 'w.sqlite');
    (await openDatabase(file)).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${latest + 5}`);
    raw.close();
    const before = readFileSync(file);
    const error = await openDatabase(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as DatabaseOpenError).kind).toBe('too-new');
    expect((error as Error).message).toContain('nieuwere versie van Wijkhuis');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a SQLite file of another program and a file that is no database', async () => {
    const dir = tempDir();
    const foreign = join(dir, 'ander.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE klanten (id INTEGER)');
    other.pragma('user_version = 3');
    other.close();
    await expect(openDatabase(foreign)).rejects.toMatchObject({
      kind: 'foreign',
      message: 'Dit bestand is geen Wijkhuis-database.',
    });

    const garbage = join(dir, 'kapot.sqlite');
    writeFileSync(garbage, Buffer.alloc(8192, 7));
    await expect(openDatabase(garbage)).rejects.toMatchObject({ kind: 'corrupt' });
  });

  it('applies migrations in one transaction: a failing migration leaves the database as it was', async () => {
    const dir = tempDir();
    const file = join(dir, 'w.sqlite');
    (await openDatabase(file, { targetVersion: 1 })).close();
    const broken = [
      ...migrations.slice(0, 1),
      { version: 2, name: 'kapot', sql: 'CREATE TABLE half (id INTEGER); INSERT INTO bestaat_niet VALUES (1);' },
    ];
    await expect(openDatabase(file, { migrations: broken })).rejects.toThrow();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
    db.close();
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });
});
