/**
 * The restore's schema check must never refuse a genuine file: a database of any version, however it got
 * there (made at that version, or migrated step by step), and made from a checkout with CRLF line ends (Windows).
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase, verifyDatabaseFile } from '../../../db/platform/database';
import { loadMigrations } from '../../../db/platform/migrations';
import { normaliseSql } from '../../../db/platform/schemaCheck';
import { tempDir } from '../../helpers';

const migrations = loadMigrations();

describe('the schema check of a restore', () => {
  for (let v = 1; v <= migrations.length; v++) {
    it(`takes a genuine file of version ${v}, made at once or migrated step by step`, async () => {
      const dir = tempDir();
      const atOnce = join(dir, 'ineens.sqlite');
      (await openDatabase(atOnce, { targetVersion: v })).close();
      const stepwise = join(dir, 'stapsgewijs.sqlite');
      for (let step = 1; step <= v; step++) (await openDatabase(stepwise, { targetVersion: step })).close();
      for (const file of [atOnce, stepwise]) expect(verifyDatabaseFile(file)).toMatchObject({ ok: true, version: v });
    });
  }

  it('takes a file made from migrations with CRLF line ends', async () => {
    const file = join(tempDir(), 'windows.sqlite');
    const crlf = migrations.map((m) => ({ ...m, sql: m.sql.replace(/\r?\n/g, '\r\n') }));
    (await openDatabase(file, { migrations: crlf })).close();
    expect(verifyDatabaseFile(file)).toMatchObject({ ok: true });
  });

  it('compares statements without comments and runs of white space, but keeps quoted text as it is', () => {
    expect(normaliseSql('CREATE TABLE t (\r\n  a INTEGER, -- uitleg\r\n  b TEXT /* meer */ NOT NULL\r\n)')).toBe(
      'CREATE TABLE t ( a INTEGER, b TEXT NOT NULL )',
    );
    expect(normaliseSql('CHECK (x IN (\'a  -- b\', "c"))')).toBe('CHECK (x IN (\'a  -- b\', "c"))');
    expect(normaliseSql("CHECK (x IN ('a  b'))")).not.toBe(normaliseSql("CHECK (x IN ('a b'))"));
  });
});
