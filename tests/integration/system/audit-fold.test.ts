import { describe, expect, it } from 'vitest';
import { openHouse } from '../../../db/house';
import { addDays } from '../../../db/platform/clock';
import { FOLD_GAP_MINUTES, FOLDED_METHODS } from '../../../db/modules/system/audit';
import { ok, openCore, setUp, tempDir, tokenFor } from '../../helpers';
import { TEST_NOW } from '../../clock';

/** A clock the test moves by hand, so taps can be minutes apart. */
function handClock() {
  let ms = Date.parse(`${TEST_NOW.slice(0, 10)}T09:00:00Z`);
  return { now: () => new Date(ms), advance: (minutes: number) => (ms += minutes * 60_000) };
}

describe('the audit log folds taps on the tally counter', () => {
  it('shows one row per person and session for taps each within the gap, in Dutch; the export keeps every entry', async () => {
    const clock = handClock();
    const core = await openHouse({ dataDir: tempDir(), clock });
    try {
      const admin = await setUp(core);
      await ok(core, admin, 'settings.update', { lockMinutes: 240 });
      const balie = await tokenFor(core, admin, 'balie');
      const category = (await ok(core, admin, 'activities.categories'))[0].id;
      const bands = Object.fromEntries(
        (await ok(core, admin, 'activities.ageBands')).map((b: { label: string; id: number }) => [b.label, b.id]),
      ) as Record<string, number>;
      const inloop = await ok(core, admin, 'activities.create', {
        name: 'Open inloop',
        organiserKind: 'welzijnsaanbieder',
        categoryId: category,
        walkIn: true,
      });
      const date = addDays(TEST_NOW.slice(0, 10), -1);
      const session = await ok(core, balie, 'attendance.walkInSession', {
        activityId: inloop.id,
        date,
        daypart: 'ochtend',
      });
      const tap = (token: string, bandId: number | null | undefined, delta: 1 | -1 = 1) =>
        ok(core, token, 'attendance.tally', { sessionId: session.id, bandId, delta });

      // Three taps by the balie, a minute apart, with the beheerder's taps in between: two rows, not five.
      await tap(balie, bands['24–64']);
      clock.advance(1);
      await tap(admin, bands['65–74']);
      await tap(balie, bands['24–64']);
      clock.advance(1);
      await tap(admin, null);
      await tap(balie, bands['24–64'], -1);
      // A pause longer than the gap starts a new row.
      clock.advance(FOLD_GAP_MINUTES + 1);
      await tap(balie, bands['75+']);
      // A real change in between stays its own row.
      await ok(core, admin, 'settings.update', { lockMinutes: 30 });

      const { rows, total } = await ok(core, admin, 'audit.list', { entity: 'attendance', limit: 50 });
      const taps = rows.filter((r: { method: string }) => r.method === 'attendance.tally');
      expect(total).toBe(rows.length);
      expect(taps.map((r: { userName: string; count: number }) => [r.userName, r.count])).toEqual([
        ['Test balie', 1],
        ['Test balie', 3],
        ['Bea Beheer', 2],
      ]);
      const when = new Intl.DateTimeFormat('nl-NL', {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      })
        .format(new Date(`${date}T12:00:00Z`))
        .replace(/\./g, '');
      const balieRow = taps[1];
      expect(balieRow.summary).toBe(`−1 bij 24–64 jaar, Open inloop ${when} ochtend: totaal 3`);
      expect(balieRow.entries.map((e: { summary: string }) => e.summary)).toEqual([
        `−1 bij 24–64 jaar, Open inloop ${when} ochtend: totaal 3`,
        `+1 bij 24–64 jaar, Open inloop ${when} ochtend: totaal 3`,
        `+1 bij 24–64 jaar, Open inloop ${when} ochtend: totaal 1`,
      ]);
      expect(balieRow.firstAt < balieRow.at).toBe(true);
      expect(taps[2].entries.map((e: { summary: string }) => e.summary)).toEqual([
        `+1 bij onbekende leeftijd, Open inloop ${when} ochtend: totaal 4`,
        `+1 bij 65–74 jaar, Open inloop ${when} ochtend: totaal 2`,
      ]);
      expect(taps[0].entries).toEqual([]);

      // Paging counts rows: one row per page still brings the beheerder's two taps as one.
      const page = await ok(core, admin, 'audit.list', {
        entity: 'attendance',
        limit: 1,
        offset: rows.indexOf(taps[2]),
      });
      expect(page.rows[0]).toMatchObject({ userName: 'Bea Beheer', count: 2 });

      const all = await ok(core, admin, 'audit.export', { entity: 'attendance' });
      expect(all.filter((r: { method: string }) => r.method === 'attendance.tally')).toHaveLength(6);
    } finally {
      await core.close();
    }
  });

  it('folds in the trigger of migration 013 by the same methods and gap as the list describes', async () => {
    // The rule is written twice, in SQL (worked out on writing) and in audit.ts (the method's description and
    // these tests); this keeps the two from drifting apart.
    const core = await openCore();
    const sql = core.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'audit_log_fold'").pluck().get() as string;
    expect(sql).toContain(`WHEN NEW.method IN (${FOLDED_METHODS.map((m) => `'${m}'`).join(', ')})`);
    expect(sql).toContain(`* 1440 <= ${FOLD_GAP_MINUTES}`);
  });
});
