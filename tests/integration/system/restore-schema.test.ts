/**
 * A restore takes only a file whose schema is exactly what our migrations make for its version: a crafted file
 * (an extra trigger, a view in place of a table, a table missing, an extra column, rows pointing nowhere) is
 * refused before anything is swapped, with a Dutch message that names what is wrong.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Core } from '../../../db/platform/core';
import { fails, fingerprint, ok, openCore, setUp, tempDir } from '../../helpers';

/** A real backup of this house, changed by hand the way an attacker or a curious tinkerer would. */
async function crafted(core: Core, token: string, change: (db: Database.Database) => void): Promise<string> {
  const made = await ok(core, token, 'backups.create');
  const file = join(tempDir(), 'gemaakt.sqlite');
  copyFileSync(join(core.paths.backupDir, made.name), file);
  const db = new Database(file);
  db.pragma('foreign_keys = OFF');
  change(db);
  db.close();
  return readFileSync(file).toString('base64');
}

const PREFIX = 'Dit bestand is geen echte back-up van Wijkhuis: ';

async function refused(core: Core, token: string, dataBase64: string): Promise<string> {
  const before = fingerprint(core.db);
  const backupsBefore = readdirSync(core.paths.backupDir).sort();
  const error = await fails(core, token, 'backups.restore', { source: 'upload', fileName: 'x.sqlite', dataBase64 });
  expect(error.code).toBe('VALIDATION');
  expect(error.fieldErrors.file).toEqual([error.message]);
  // Nothing swapped, no safety copy, and the house still answers.
  expect(fingerprint(core.db)).toBe(before);
  expect(readdirSync(core.paths.backupDir).sort()).toEqual(backupsBefore);
  expect(await ok(core, token, 'settings.get')).toMatchObject({ backupKeep: expect.any(Number) });
  return error.message;
}

describe('restore refuses a file whose schema is not ours', () => {
  it('an extra trigger (one that would give a stranger back the beheerder account)', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const file = await crafted(core, token, (db) =>
      db.exec(
        'CREATE TRIGGER beheerder_terug AFTER UPDATE OF active ON users BEGIN UPDATE users SET active = 1; DELETE FROM audit_log; END;',
      ),
    );
    expect(await refused(core, token, file)).toBe(`${PREFIX}er zit een onbekende trigger in (beheerder_terug).`);
  });

  it('a view in place of a table', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const file = await crafted(core, token, (db) => {
      const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').all('settings') as { name: string }[])
        .map((c) => `NULL AS ${c.name}`)
        .join(', ');
      db.exec(`DROP TABLE settings; CREATE VIEW settings AS SELECT ${columns};`);
    });
    const message = await refused(core, token, file);
    expect(message).toMatch(new RegExp(`^${PREFIX}`));
    expect(message).toContain('settings is een view in plaats van een tabel');
  });

  it('a table missing', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const file = await crafted(core, token, (db) => db.exec('DROP TABLE house_info'));
    expect(await refused(core, token, file)).toBe(`${PREFIX}de tabel house_info ontbreekt.`);
  });

  it('an extra column', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const file = await crafted(core, token, (db) => db.exec('ALTER TABLE users ADD COLUMN geheim TEXT'));
    expect(await refused(core, token, file)).toBe(`${PREFIX}de tabel users heeft een onbekende kolom (geheim).`);
  });

  it('an extra table and an extra index', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const file = await crafted(core, token, (db) =>
      db.exec('CREATE TABLE stiekem (x INTEGER); CREATE INDEX users_extra ON users(name);'),
    );
    const message = await refused(core, token, file);
    expect(message).toContain('er zit een onbekende tabel in (stiekem)');
    expect(message).toContain('er zit een onbekende index in (users_extra)');
  });

  it('a changed definition of a table of ours', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const file = await crafted(core, token, (db) => {
      // The same columns, a looser rule: rebuilt the way SQLite changes a table.
      const { sql } = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'building'").get() as { sql: string };
      db.exec(
        sql.replace('CREATE TABLE building', 'CREATE TABLE building_los').replace('CHECK (id = 1)', 'CHECK (id > 0)'),
      );
      db.exec('INSERT INTO building_los SELECT * FROM building; DROP TABLE building;');
      db.exec('ALTER TABLE building_los RENAME TO building');
    });
    expect(await refused(core, token, file)).toBe(
      `${PREFIX}de tabel building is anders opgebouwd dan Wijkhuis verwacht.`,
    );
  });

  it('rows that point to nothing (a foreign key violation)', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const file = await crafted(core, token, (db) =>
      db
        .prepare(
          "INSERT INTO audit_log (at, user_id, user_name, method, entity, summary) VALUES ('2026-01-01T10:00:00', 999, 'X', 'x', 'x', 'x')",
        )
        .run(),
    );
    expect(await refused(core, token, file)).toBe(
      'Deze back-up is niet in orde: in de tabel audit_log verwijst een regel naar iets dat niet bestaat (in users).',
    );
  });

  it('shows a crafted backup in the folder as not restorable, and refuses it by name too', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const made = await ok(core, token, 'backups.create');
    const db = new Database(join(core.paths.backupDir, made.name));
    db.exec('CREATE VIEW overzicht AS SELECT username FROM users');
    db.close();
    const error = await fails(core, token, 'backups.restore', { source: 'backup', name: made.name });
    expect(error.message).toBe(`${PREFIX}er zit een onbekende view in (overzicht).`);
  });
});
