import { openHouse } from '../db/house';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach } from 'vitest';
import type { Core } from '../db/platform/core';
import { testClock } from './clock';
import { dispatch } from '../db/contract/dispatch';
import type { Db } from '../db/platform/database';
import type { ApiErrorBody } from '../db/platform/errors';
import type { Role } from '../db/contract/fields';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A fresh folder under the OS temp dir, removed after the test. */
export function tempDir(prefix = 'wijkhuis-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export async function openCore(options: { demo?: boolean } = {}): Promise<Core> {
  const core = await openHouse({ dataDir: tempDir(), clock: testClock(), ...options });
  cleanups.unshift(() => core.close());
  return core;
}

export const PASSWORD = 'correct-paard-batterij';

/** A set-up house with a beheerder signed in; returns the beheerder's token. */
export async function setUp(core: Core, demo = false): Promise<string> {
  const r = await dispatch(
    core,
    'setup.firstRun',
    { buildingName: 'Huis van de Wijk Test', user: { name: 'Bea Beheer', username: 'bea', password: PASSWORD }, demo },
    null,
  );
  if (!r.ok || !r.session || !('set' in r.session)) throw new Error(`setup failed: ${JSON.stringify(r)}`);
  return r.session.set;
}

export async function ok<T = any>(core: Core, token: string | null, method: string, input?: unknown): Promise<T> {
  const r = await dispatch(core, method, input, token);
  if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

export async function fails(core: Core, token: string | null, method: string, input?: unknown): Promise<ApiErrorBody> {
  const r = await dispatch(core, method, input, token);
  if (r.ok) throw new Error(`${method} unexpectedly succeeded: ${JSON.stringify(r.value)}`);
  return r.error;
}

/** Signs in a new account of the given role and returns its token. */
export async function tokenFor(core: Core, adminToken: string, role: Role): Promise<string> {
  const username = `${role}-${Math.random().toString(36).slice(2, 8)}`;
  // A commissie account is made with its committee member; the tests link theirs themselves (committee.createMember
  // with userId), so theirs starts as another role and becomes commissie, as an account whose role is changed does.
  const made = await ok<{ id: number }>(core, adminToken, 'users.create', {
    name: `Test ${role}`,
    username,
    role: role === 'commissie' ? 'balie' : role,
    password: PASSWORD,
  });
  if (role === 'commissie')
    await ok(core, adminToken, 'users.update', { id: made.id, name: `Test ${role}`, role, active: true });
  const r = await dispatch(core, 'auth.login', { username, password: PASSWORD }, null);
  if (!r.ok || !r.session || !('set' in r.session)) throw new Error('login failed');
  return r.session.set;
}

/** A hash of every row of every table: equal before and after means nothing was written. */
export function fingerprint(db: Db): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare(
      "SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all() as { name: string; wr: number }[];
  for (const { name, wr } of tables) {
    hash.update(name);
    // A table WITHOUT ROWID has none: it is ordered by its whole row (its key comes first).
    const width = (db.prepare('SELECT count(*) AS n FROM pragma_table_info(?)').get(name) as { n: number }).n;
    const order = wr ? Array.from({ length: width }, (_, i) => i + 1).join(', ') : 'rowid';
    for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY ${order}`).all()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

export function auditCount(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
}

/** The house's volunteer roles by name ('bar' → its id), as the roster tests plan with them. */
export async function rolesByName(core: Core, token: string): Promise<Record<string, number>> {
  const roles = (await ok(core, token, 'volunteers.roles')) as { name: string; id: number }[];
  return Object.fromEntries(roles.map((r) => [r.name, r.id]));
}
