import { testClock } from '../clock';
/**
 * The disk fills up, or the data folder cannot be written: a clear Dutch message, nothing half
 * saved, reading carries on, and saving works again once there is room.
 */
import { openHouse } from '../../db/house';
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { toApiError } from '../../db/platform/errors';
import { PASSWORD, fails, fingerprint, ok, openCore, setUp, tempDir } from '../helpers';
import { bookingHouse } from '../integration/bookings/fixture';
import { startWorker } from './spawn';

const series = (roomId: number, renterId: number, title: string) => ({
  roomIds: [roomId],
  renterId,
  title,
  status: 'bevestigd',
  confirmWarnings: true,
  date: '2027-01-04',
  startTime: '09:00',
  endTime: '10:00',
  recurrence: { kind: 'weekly', count: 120 },
});

describe('disk full', () => {
  it('refuses a save that does not fit with a Dutch message, keeps nothing of it, keeps reading, and saves again once there is room', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const { kamer, bewoners } = await bookingHouse(core, token);
    const before = fingerprint(core.db);
    // SQLite's own ceiling on the file's size: the write hits SQLITE_FULL as on a full disk.
    const pages = core.db.pragma('page_count', { simple: true }) as number;
    core.db.pragma(`max_page_count = ${pages + 1}`);

    const error = await fails(core, token, 'bookings.create', series(kamer.id, bewoners.id, 'Te groot'));
    expect(error).toMatchObject({
      code: 'UNAVAILABLE',
      message: 'De schijf is vol: er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.',
    });
    expect(fingerprint(core.db)).toBe(before);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((await ok(core, token, 'rooms.list')).map((r: { name: string }) => r.name).sort()).toEqual([
      'Kamer',
      'Zaal',
    ]);
    expect(await ok(core, token, 'bookings.list', { from: '2027-01-01', to: '2027-12-31' })).toEqual([]);

    core.db.pragma('max_page_count = 1073741823');
    await ok(core, token, 'bookings.create', series(kamer.id, bewoners.id, 'Past weer'));
    expect(await ok(core, token, 'bookings.list', { from: '2027-01-01', to: '2027-01-31' })).toHaveLength(4);
  });

  it('a backup that fails does not stop the app and is shown to the beheerder until one succeeds', async () => {
    const core = await openCore();
    const token = await setUp(core);
    // The backup folder's place is taken by a file: every backup fails, as on a full or missing disk.
    rmSync(core.paths.backupDir, { recursive: true, force: true });
    writeFileSync(core.paths.backupDir, 'geen map');
    const stop = core.startSchedules(20);
    await new Promise((r) => setTimeout(r, 100));
    stop();
    const info = await ok(core, token, 'system.info');
    expect(info.backupFailure).toMatchObject({
      kind: 'auto',
      message: expect.stringMatching(
        /^De back-up(map .*)? (kon niet worden geschreven|is niet te gebruiken) \(EEXIST\)/,
      ),
    });
    expect((await fails(core, token, 'backups.list')).message).toContain('is niet te gebruiken (EEXIST)');
    const manual = await fails(core, token, 'backups.create');
    expect(manual.code).toBe('UNAVAILABLE');
    expect((await ok(core, token, 'system.info')).backupFailure.kind).toBe('handmatig');
    // The app itself carries on.
    await ok(core, token, 'rooms.create', { name: 'Gewoon verder' });

    rmSync(core.paths.backupDir);
    await ok(core, token, 'backups.create');
    expect((await ok(core, token, 'system.info')).backupFailure).toBeNull();
  });

  it('a backup onto a disk that is really full (a 64 kB tmpfs; needs root) says the disk is full and leaves no partial file', async (ctx) => {
    const core = await openCore();
    const token = await setUp(core, true);
    mkdirSync(core.paths.backupDir, { recursive: true });
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', core.paths.backupDir], { stdio: 'ignore' });
    } catch {
      ctx.skip('mounting a tmpfs needs root; the test above covers the failure path');
    }
    try {
      const error = await fails(core, token, 'backups.create');
      expect(error).toMatchObject({
        code: 'UNAVAILABLE',
        message: 'De schijf is vol: er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.',
      });
      expect(await ok(core, token, 'backups.list')).toEqual([]);
      expect((await ok(core, token, 'system.info')).backupFailure.message).toContain('schijf is vol');
    } finally {
      execFileSync('umount', [core.paths.backupDir]);
    }
  });
});

describe('a data folder that cannot be written', () => {
  it('turns a write refused mid-session by the file system into the Dutch read-only message', () => {
    // A folder that turns read-only under a running app (a USB stick, a network share) cannot be made
    // here without unmounting; the error SQLite and Node then give is mapped like this.
    for (const code of ['SQLITE_READONLY', 'SQLITE_READONLY_DIRECTORY', 'EROFS', 'EACCES']) {
      const error = toApiError(Object.assign(new Error('x'), { code }));
      expect(error.toBody('nl').message, code).toBe(
        'De database is alleen-lezen: er is niets opgeslagen. Controleer de rechten op de gegevensmap.',
      );
      expect(error.toBody('en').message, code).toBe(
        'The database is read-only: nothing was saved. Check the permissions of the data folder.',
      );
    }
    expect(toApiError(Object.assign(new Error('x'), { code: 'ENOSPC' })).toBody('nl').message).toContain(
      'De schijf is vol',
    );
  });

  it('opens read-only: everything can be read, every change is refused in Dutch, and the file stays as it was', async () => {
    const dataDir = tempDir();
    const setup = await openHouse({ dataDir, clock: testClock() });
    const token = await setUp(setup, true);
    await ok(setup, token, 'backups.create');
    setup.close();
    const file = join(dataDir, 'wijkhuis.sqlite');
    const snapshot = () => {
      const db = new Database(file, { readonly: true });
      try {
        return fingerprint(db);
      } finally {
        db.close();
      }
    };
    const before = snapshot();

    // root may write anywhere, so the check runs as "nobody" then; anyone else loses the write bit.
    const asRoot = process.getuid?.() === 0;
    chmodSync(dataDir, asRoot ? 0o755 : 0o555);
    if (!asRoot) chmodSync(file, 0o444);
    try {
      const worker = startWorker(['report', dataDir, PASSWORD], asRoot ? { uid: 65534, gid: 65534 } : {});
      const output = await worker.done();
      const report = JSON.parse(output.trim().split('\n').at(-1)!);
      expect(report.state).toMatchObject({ mode: 'readonly', reason: expect.stringContaining('alleen-lezen') });
      expect(report.rooms.ok).toBe(true);
      expect(report.rooms.value).toHaveLength(8);
      expect(report.create).toMatchObject({
        ok: false,
        code: 'UNAVAILABLE',
        message: expect.stringContaining('alleen lezen'),
      });
      expect(report.backup).toMatchObject({ ok: false, code: 'UNAVAILABLE' });
      expect(report.info.value.readOnly).toBe(true);
    } finally {
      chmodSync(dataDir, 0o755);
      chmodSync(file, 0o644);
    }
    expect(snapshot()).toBe(before);
  }, 60_000);
});
