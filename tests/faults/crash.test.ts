import { testClock } from '../clock';
/**
 * The power goes out in the middle of a save: the process is killed with SIGKILL (no handlers, no
 * flushing) during a large write, and the next start must find a sound database holding either
 * the whole write or none of it.
 */
import { openHouse } from '../../db/house';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/platform/database';
import { dispatch } from '../../db/contract/dispatch';
import { PASSWORD, fingerprint, ok, openCore, setUp, tempDir } from '../helpers';
import { bookingHouse } from '../integration/bookings/fixture';
import { expectSound, sleep, startWorker } from './spawn';

function rowCounts(db: Db): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]),
  );
}

const count = (db: Db, sql: string) => (db.prepare(sql).get() as { n: number }).n;

describe('a kill in the middle of a large write', () => {
  it('first start with the demo house (one transaction of ~1,250 rows): afterwards all of it or none of it', async () => {
    const reference = await openCore();
    await setUp(reference, true);
    const full = rowCounts(reference.db);
    const emptyCore = await openCore();
    const empty = fingerprint(emptyCore.db);

    const outcomes: string[] = [];
    for (const delay of [0, 80, 170, 260, 2000]) {
      const dataDir = tempDir();
      const worker = startWorker(['seed', dataDir, PASSWORD]);
      await worker.waitFor(/^BEGONNEN$/);
      await sleep(delay);
      await worker.kill();

      const core = await openHouse({ dataDir, clock: testClock() });
      try {
        expect(core.state.mode).toBe('normal');
        expectSound(core.db);
        if (count(core.db, 'SELECT count(*) AS n FROM users') === 0) {
          expect(fingerprint(core.db), `after ${delay} ms`).toBe(empty);
          outcomes.push('niets');
        } else {
          expect(rowCounts(core.db), `after ${delay} ms`).toEqual(full);
          outcomes.push('alles');
        }
      } finally {
        core.close();
      }
    }
    // Killed right after it began, the write cannot have finished (hashing the password alone takes
    // longer); the longest wait lets it finish. So both branches of the check are exercised.
    expect(outcomes[0]).toBe('niets');
    expect(outcomes.at(-1)).toBe('alles');
  }, 120_000);

  it('many series saved one after another: every series is whole (120 bookings, their rooms, one audit row), none half', async () => {
    const dataDir = tempDir();
    const setup = await openHouse({ dataDir, clock: testClock() });
    const token = await setUp(setup);
    const { kamer, bewoners } = await bookingHouse(setup, token);
    setup.close();

    let seriesBefore = 0;
    for (const [round, afterSaves] of [
      [0, 1],
      [1, 3],
      [2, 6],
    ] as const) {
      const worker = startWorker(['series', dataDir, PASSWORD, String(kamer.id), String(bewoners.id)]);
      await worker.waitFor(/^BEGONNEN$/);
      await worker.waitFor(new RegExp(`^KLAAR ${afterSaves}$`));
      // Somewhere inside the next save: each takes tens of milliseconds.
      await sleep(5 + round * 13);
      await worker.kill();

      const core = await openHouse({ dataDir, clock: testClock() });
      try {
        expectSound(core.db);
        const series = count(core.db, "SELECT count(*) AS n FROM audit_log WHERE method = 'bookings.create'");
        expect(series).toBeGreaterThanOrEqual(seriesBefore + afterSaves);
        expect(count(core.db, 'SELECT count(*) AS n FROM booking_series')).toBe(series);
        expect(count(core.db, 'SELECT count(*) AS n FROM bookings')).toBe(series * 120);
        expect(count(core.db, 'SELECT count(*) AS n FROM booking_rooms')).toBe(series * 120);
        expect(
          count(
            core.db,
            'SELECT count(*) AS n FROM (SELECT series_id FROM bookings GROUP BY series_id HAVING count(*) <> 120)',
          ),
        ).toBe(0);
        seriesBefore = series;
        // The database still takes new saves after the crash.
        const login = await dispatch(core, 'auth.login', { username: 'bea', password: PASSWORD }, null);
        expect(login.ok).toBe(true);
        await ok(core, login.session && 'set' in login.session ? login.session.set : null, 'rooms.create', {
          name: `Na stroomstoring ${round}`,
        });
      } finally {
        core.close();
      }
    }
  }, 120_000);
});
