/**
 * The recovery screen takes a backup only after the same checks as a restore: a backup in the folder with a
 * schema that is not ours is shown as unusable, with the reason, and refused before its users table is read.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openHouse } from '../../../db/house';
import { PASSWORD, fails, ok } from '../../helpers';
import { testClock } from '../../clock';
import { brokenHouse } from '../../faults/broken-house';

describe('recovery with a crafted backup', () => {
  it('shows it as unusable with the reason, and refuses to restore it', async () => {
    const { dataDir, backup } = await brokenHouse();
    const crafted = 'handmatig-29991231-235959.sqlite';
    const file = join(dataDir, 'backups', crafted);
    copyFileSync(join(dataDir, 'backups', backup), file);
    const db = new Database(file);
    db.exec('CREATE TRIGGER wis_sporen AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log; END;');
    db.close();
    const later = new Date(testClock().now().getTime() + 60_000);
    utimesSync(file, later, later);

    const core = await openHouse({ dataDir, clock: testClock() });
    try {
      const list = await ok(core, null, 'recovery.backups');
      expect(list[0]).toMatchObject({
        name: crafted,
        ok: false,
        recommended: false,
        message: 'Dit bestand is geen echte back-up van Wijkhuis: er zit een onbekende trigger in (wis_sporen).',
      });
      expect(list[1]).toMatchObject({ name: backup, ok: true, recommended: true });
      const error = await fails(core, null, 'recovery.restore', { name: crafted, username: 'bea', password: PASSWORD });
      expect(error.fieldErrors.name).toEqual([
        'Dit bestand is geen echte back-up van Wijkhuis: er zit een onbekende trigger in (wis_sporen).',
      ]);
      expect(core.state.mode).toBe('recovery');
      // The good one still restores, and the restore is on record in it.
      await ok(core, null, 'recovery.restore', { name: backup, username: 'bea', password: PASSWORD });
      expect(core.state.mode).toBe('normal');
      expect(core.db.prepare("SELECT method FROM audit_log WHERE method = 'recovery.restore'").all()).toHaveLength(1);
    } finally {
      core.close();
    }
  });
});
