import { testClock } from '../clock';
/**
 * A restore killed after its checks (the migrated scratch copy is ready) but before anything was kept or swapped:
 * the next start has the old database and nothing of the restore lying about, neither the scratch copy nor a backup.
 */
import { openHouse } from '../../db/house';
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PASSWORD, ok, setUp, tempDir } from '../helpers';
import { expectSound, startWorker } from './spawn';

describe('a restore killed right after its checks', () => {
  it('leaves the old database and no scratch copy or backup behind', async () => {
    const dataDir = tempDir();
    const setup = await openHouse({ dataDir, clock: testClock() });
    const token = await setUp(setup, true);
    const backup = await ok(setup, token, 'backups.create');
    await ok(setup, token, 'rooms.create', { name: 'Alleen in de huidige' });
    setup.close();
    const backupsBefore = readdirSync(join(dataDir, 'backups')).sort();

    const worker = startWorker(['restore', dataDir, PASSWORD, backup.name], {
      env: { WIJKHUIS_FAULT_PAUSE: 'na-controle' },
    });
    await worker.waitFor(/^WIJKHUIS PAUZE na-controle$/);
    expect(readdirSync(dataDir)).toContain('wijkhuis.sqlite.controle');
    await worker.kill();

    const core = await openHouse({ dataDir, clock: testClock() });
    try {
      expect(core.state.mode).toBe('normal');
      expectSound(core.db);
      // The old database (the worker's sign-in is in it too, so rows are compared, not a fingerprint).
      const rooms = core.db.prepare('SELECT name FROM rooms').all() as { name: string }[];
      expect(rooms.map((r) => r.name)).toContain('Alleen in de huidige');
      expect(readdirSync(dataDir).filter((n) => n.includes('controle') || n.includes('terugzetten'))).toEqual([]);
      expect(readdirSync(join(dataDir, 'backups')).sort()).toEqual(backupsBefore);
    } finally {
      core.close();
    }
  }, 60_000);
});
