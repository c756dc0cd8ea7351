import { testClock } from '../clock';
/**
 * A restore cut off half-way (SIGKILL at each step of Core.restore): the next start finds either the
 * old database or the restored one, sound, never a mix, and nothing of the restore left lying about.
 */
import { openHouse } from '../../db/house';
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Core, type RestoreStep } from '../../db/platform/core';
import { PASSWORD, fingerprint, ok, setUp, tempDir } from '../helpers';
import { expectSound, startWorker } from './spawn';

function fingerprintOf(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return fingerprint(db);
  } finally {
    db.close();
  }
}

const roomNames = (core: Core) =>
  (core.db.prepare('SELECT name FROM rooms ORDER BY name').all() as { name: string }[]).map((r) => r.name);

describe('a restore killed half-way', () => {
  const cases: [RestoreStep, 'oud' | 'nieuw'][] = [
    ['na-veiligheidskopie', 'oud'],
    ['tijdens-kopie', 'oud'],
    ['na-kopie', 'oud'],
    ['na-wisselen', 'nieuw'],
  ];

  it.each(cases)(
    'killed at "%s": the next start has the %s database, whole',
    async (step, expected) => {
      const dataDir = tempDir();
      const setup = await openHouse({ dataDir, clock: testClock() });
      const token = await setUp(setup, true);
      await ok(setup, token, 'rooms.create', { name: 'In de back-up' });
      const backup = await ok(setup, token, 'backups.create');
      await ok(setup, token, 'rooms.create', { name: 'Alleen in de huidige' });
      setup.close();
      const backupFile = join(dataDir, 'backups', backup.name);
      // More than one copy block, so "tijdens-kopie" really is half-way through the file.
      expect(statSync(backupFile).size).toBeGreaterThan(256 * 1024);

      const worker = startWorker(['restore', dataDir, PASSWORD, backup.name], { env: { WIJKHUIS_FAULT_PAUSE: step } });
      await worker.waitFor(new RegExp(`^WIJKHUIS PAUZE ${step}$`));
      if (step === 'tijdens-kopie')
        expect(statSync(join(dataDir, 'wijkhuis.sqlite.terugzetten')).size).toBeLessThan(statSync(backupFile).size);
      await worker.kill();

      const safety = readdirSync(join(dataDir, 'backups')).find((n) => n.startsWith('voor-terugzetten-'));
      expect(safety, 'the safety copy is made before anything else').toBeDefined();

      const core = await openHouse({ dataDir, clock: testClock() });
      try {
        expect(core.state.mode).toBe('normal');
        expectSound(core.db);
        if (expected === 'oud') {
          // The database as it was when the restore began (the safety copy was taken at that moment).
          expect(fingerprint(core.db)).toBe(fingerprintOf(join(dataDir, 'backups', safety!)));
          expect(roomNames(core)).toContain('Alleen in de huidige');
        } else {
          expect(fingerprint(core.db)).toBe(fingerprintOf(backupFile));
          expect(roomNames(core)).not.toContain('Alleen in de huidige');
        }
        expect(roomNames(core)).toContain('In de back-up');
        expect(existsSync(join(dataDir, 'wijkhuis.sqlite.terugzetten')), 'no half-staged copy left behind').toBe(false);
        expect(readdirSync(join(dataDir, 'backups')).filter((n) => n.endsWith('.deel'))).toEqual([]);
        // And the restore can simply be done again.
        const again = await ok(core, await signIn(core), 'backups.restore', { source: 'backup', name: backup.name });
        expect(again.safetyCopy).toMatch(/^voor-terugzetten-/);
        expect(roomNames(core)).not.toContain('Alleen in de huidige');
        expectSound(core.db);
      } finally {
        core.close();
      }
    },
    60_000,
  );
});

async function signIn(core: Core): Promise<string> {
  const { dispatch } = await import('../../db/contract/dispatch');
  const r = await dispatch(core, 'auth.login', { username: 'bea', password: PASSWORD }, null);
  if (!r.ok || !r.session || !('set' in r.session)) throw new Error('login failed');
  return r.session.set;
}
