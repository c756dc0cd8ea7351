import { testClock } from '../clock';
/**
 * A database that fails its check at start: the core starts in the recovery state, answers only the
 * recovery methods, offers the verified backups, and restores one for a beheerder of that backup.
 */
import { openHouse } from '../../db/house';
import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../../db/contract/dispatch';
import { PASSWORD, fails, ok } from '../helpers';
import { brokenHouse } from './broken-house';
import { expectSound } from './spawn';

describe('recovery state', () => {
  it('never starts on a damaged file: only status, verified backups and restore answer', async () => {
    const { dataDir, backup } = await brokenHouse();
    // A newer backup that is itself damaged must not be the one recommended.
    const badBackup = join(dataDir, 'backups', 'handmatig-29991231-235959.sqlite');
    copyFileSync(join(dataDir, 'wijkhuis.sqlite'), badBackup);
    const later = new Date(testClock().now().getTime() + 60_000);
    utimesSync(badBackup, later, later);

    const core = await openHouse({ dataDir, clock: testClock() });
    try {
      expect(core.state).toMatchObject({ mode: 'recovery', reason: expect.stringContaining('beschadigd') });
      expect(await ok(core, null, 'recovery.status')).toMatchObject({
        mode: 'recovery',
        reason: expect.stringContaining('beschadigd'),
        dataDir,
      });
      for (const name of ['setup.status', 'auth.login', 'rooms.list', 'backups.list']) {
        const error = await fails(
          core,
          null,
          name,
          name === 'auth.login' ? { username: 'bea', password: PASSWORD } : {},
        );
        expect(error, name).toMatchObject({ code: 'UNAVAILABLE', message: expect.stringContaining('herstelstand') });
      }
      const list = await ok(core, null, 'recovery.backups');
      expect(list.map((b: { name: string }) => b.name)).toEqual([badBackup.split(/[\\/]/).at(-1), backup]);
      expect(list[0]).toMatchObject({
        ok: false,
        recommended: false,
        message: expect.stringMatching(/beschadigd|geen geldige/),
      });
      expect(list[1]).toMatchObject({ ok: true, recommended: true, version: expect.any(Number) });
      // The schedule must not back up the broken file (it would rotate good backups away).
      const stop = core.startSchedules(20);
      await new Promise((r) => setTimeout(r, 100));
      expect(core.backups.list().map((b) => b.kind)).toEqual(['handmatig', 'handmatig']);
      stop();
    } finally {
      core.close();
    }
  });

  it('restores the chosen backup only for a beheerder of that backup, keeps the broken file aside, then carries on normally', async () => {
    const { dataDir, backup } = await brokenHouse();
    const core = await openHouse({ dataDir, clock: testClock() });
    try {
      const wrong = await fails(core, null, 'recovery.restore', {
        name: backup,
        username: 'bea',
        password: 'niet-het-wachtwoord',
      });
      expect(wrong).toMatchObject({
        code: 'VALIDATION',
        fieldErrors: {
          password: ['Deze gebruikersnaam en dit wachtwoord horen niet bij een beheerder in deze back-up.'],
        },
      });
      expect(
        (
          await fails(core, null, 'recovery.restore', {
            name: 'bestaat-niet.sqlite',
            username: 'bea',
            password: PASSWORD,
          })
        ).fieldErrors.name,
      ).toEqual(['Deze back-up bestaat niet (meer).']);
      expect(
        (
          await fails(core, null, 'recovery.restore', {
            name: '../wijkhuis.sqlite',
            username: 'bea',
            password: PASSWORD,
          })
        ).code,
      ).toBe('VALIDATION');
      expect(core.state.mode).toBe('recovery');

      const stop = core.startSchedules(60_000);
      const result = await ok(core, null, 'recovery.restore', { name: backup, username: 'bea', password: PASSWORD });
      expect(result).toMatchObject({
        restored: backup,
        brokenCopy: expect.stringMatching(/^beschadigd-\d{8}-\d{6}\.sqlite$/),
        buildingName: 'Huis van de Wijk Test',
      });
      expect(core.state.mode).toBe('normal');
      expect(existsSync(join(dataDir, result.brokenCopy))).toBe(true);
      expectSound(core.db);

      // The normal way in again: sign in, the data of the backup, the restore on record.
      const login = await dispatch(core, 'auth.login', { username: 'bea', password: PASSWORD }, null);
      expect(login.ok).toBe(true);
      const token = login.session && 'set' in login.session ? login.session.set : null;
      const rooms = (await ok(core, token, 'rooms.list')).map((r: { name: string }) => r.name);
      expect(rooms).toHaveLength(8);
      expect(rooms).not.toContain('Na de back-up');
      expect((await ok(core, token, 'audit.list', { entity: 'backups' })).rows[0]).toMatchObject({
        method: 'recovery.restore',
        userName: 'Bea Beheer',
        summary: expect.stringContaining(result.brokenCopy),
      });
      // Schedules asked for during recovery start now: a fresh automatic backup of the good database.
      await new Promise((r) => setTimeout(r, 300));
      expect(core.backups.list().some((b) => b.kind === 'auto')).toBe(true);
      stop();

      expect(
        (await fails(core, null, 'recovery.restore', { name: backup, username: 'bea', password: PASSWORD })).code,
      ).toBe('CONFLICT');
      expect((await fails(core, null, 'recovery.backups')).code).toBe('CONFLICT');
      expect(await ok(core, null, 'recovery.status')).toEqual({ mode: 'normal', reason: null, dataDir: null });
    } finally {
      core.close();
    }
    // And the next start is an ordinary one.
    const again = await openHouse({ dataDir, clock: testClock() });
    expect(again.state.mode).toBe('normal');
    again.close();
  });

  it('locks the recovery screen for a few minutes after five wrong passwords', async () => {
    const { dataDir, backup } = await brokenHouse();
    const core = await openHouse({ dataDir, clock: testClock() });
    try {
      for (let i = 0; i < 5; i++)
        await fails(core, null, 'recovery.restore', { name: backup, username: 'bea', password: `fout-${i}` });
      const locked = await fails(core, null, 'recovery.restore', { name: backup, username: 'bea', password: PASSWORD });
      expect(locked).toMatchObject({
        code: 'ACCOUNT_LOCKED',
        message: expect.stringContaining('Te veel mislukte pogingen'),
      });
      expect(core.state.mode).toBe('recovery');
    } finally {
      core.close();
    }
  });
});
