import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, type Db } from '../../../db/platform/database';

let dir: string | null = null;
let db: Db | null = null;
afterEach(() => {
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  db = dir = null;
});

function fresh(): Db {
  dir = mkdtempSync(join(tmpdir(), 'wijkhuis-statements-'));
  db = connect(join(dir, 'test.sqlite'));
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)');
  db.prepare('INSERT INTO t (name) VALUES (?), (?), (?)').run('a', 'b', 'c');
  return db;
}

describe('the prepared statement cache', () => {
  it('hands out one compiled statement per SQL text', () => {
    const db = fresh();
    expect(db.prepare('SELECT name FROM t ORDER BY id')).toBe(db.prepare('SELECT name FROM t ORDER BY id'));
    expect(db.prepare('SELECT name FROM t ORDER BY id')).not.toBe(db.prepare('SELECT id FROM t ORDER BY id'));
  });

  it("does not let one caller's pluck or raw leak into the next caller's rows", () => {
    const db = fresh();
    const sql = 'SELECT name FROM t ORDER BY id';
    expect(db.prepare(sql).pluck().all()).toEqual(['a', 'b', 'c']);
    expect(db.prepare(sql).all()).toEqual([{ name: 'a' }, { name: 'b' }, { name: 'c' }]);
    expect(db.prepare(sql).raw().all()).toEqual([['a'], ['b'], ['c']]);
    expect(db.prepare(sql).get()).toEqual({ name: 'a' });
  });

  it('gives a second statement while the cached one is still being iterated', () => {
    const db = fresh();
    const sql = 'SELECT name FROM t ORDER BY id';
    const seen: string[] = [];
    for (const row of db.prepare(sql).iterate() as IterableIterator<{ name: string }>) {
      seen.push(`${row.name}:${(db.prepare(sql).all() as unknown[]).length}`);
    }
    expect(seen).toEqual(['a:3', 'b:3', 'c:3']);
  });

  it('still sees a column that a migration added after the statement was cached', () => {
    const db = fresh();
    expect(db.prepare('SELECT * FROM t WHERE id = 1').get()).toEqual({ id: 1, name: 'a' });
    db.exec("ALTER TABLE t ADD COLUMN note TEXT NOT NULL DEFAULT ''");
    expect(db.prepare('SELECT * FROM t WHERE id = 1').get()).toEqual({ id: 1, name: 'a', note: '' });
  });
});
