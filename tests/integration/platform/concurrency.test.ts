import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Core } from '../../../db/platform/core';
import { dispatch, type DispatchResult } from '../../../db/contract/dispatch';
import { addDays } from '../../../db/platform/clock';
import { PASSWORD, ok, openCore, setUp, tokenFor, rolesByName } from '../../helpers';
import { bookingHouse, single } from '../bookings/fixture';
import { ROOT } from '../../e2e/harness';
import { today as testToday } from '../../clock';

const run = promisify(execFile);

// Two windows of one core (two sessions, one database connection) and two processes (two connections to one
// file) writing at the same moment. The database must stay consistent and the one who comes second must get a
// clear Dutch answer: a conflict, a validation error on the field, or a warning to confirm — never INTERNAL.

/** Two windows: a beheerder at the desk and a coordinator in the office, each with a session of their own. */
async function twoWindows() {
  const core = await openCore();
  const beheerder = await setUp(core);
  const second = await tokenFor(core, beheerder, 'beheerder');
  return { core, windows: [beheerder, second] as const };
}

/** Both calls start before either has finished, as two windows clicking "Opslaan" at once. */
function atOnce(core: Core, calls: [string, string, unknown][]): Promise<DispatchResult[]> {
  return Promise.all(calls.map(([token, name, input]) => dispatch(core, name, input, token)));
}

function winnerAndLoser(results: DispatchResult[]) {
  expect(
    results.filter((r) => r.ok),
    JSON.stringify(results),
  ).toHaveLength(1);
  const loser = results.find((r) => !r.ok)!;
  if (loser.ok) throw new Error('unreachable');
  expect(loser.error.code).not.toBe('INTERNAL');
  return loser.error;
}

function consistent(core: Core) {
  expect(core.db.pragma('foreign_key_check')).toEqual([]);
  expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
}

async function volunteerHouse(core: Core, token: string) {
  await ok(core, token, 'hours.set', {
    kind: 'open',
    intervals: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '22:00' })),
  });
  const roles = await rolesByName(core, token);
  const volunteer = (name: string) =>
    ok(core, token, 'volunteers.create', {
      name,
      phone: '06 12345678',
      roleIds: [roles['balie']],
      startDate: '2024-01-01',
      availability: [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) =>
        ['ochtend', 'middag', 'avond'].map((daypart) => ({ weekday, daypart })),
      ),
    });
  return { roles, volunteer };
}

describe('two windows of one core writing the same thing at once', () => {
  it('books a room slot once: the second save gets a conflict naming the first booking', async () => {
    const {
      core,
      windows: [a, b],
    } = await twoWindows();
    const { kamer, bewoners } = await bookingHouse(core, a);
    const error = winnerAndLoser(
      await atOnce(core, [
        [a, 'bookings.create', single(kamer.id, bewoners.id, { title: 'Buurtoverleg' })],
        [
          b,
          'bookings.create',
          single(kamer.id, bewoners.id, { title: 'Koffieochtend', startTime: '11:00', endTime: '13:00' }),
        ],
      ]),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('al bezet door "Buurtoverleg"');
    const active = (await ok(core, a, 'bookings.list', { from: '2027-03-09', to: '2027-03-09' })).filter(
      (x: { status: string }) => x.status !== 'geannuleerd',
    );
    expect(active.map((x: { title: string }) => x.title)).toEqual(['Buurtoverleg']);
    consistent(core);
  });

  it('fills the last free place of a shift once: the second gets a warning that the shift is full', async () => {
    const {
      core,
      windows: [a, b],
    } = await twoWindows();
    const { roles, volunteer } = await volunteerHouse(core, a);
    const [els, jan, piet] = [await volunteer('Els'), await volunteer('Jan'), await volunteer('Piet')];
    const date = addDays(testToday(), 7);
    const shift = await ok(core, a, 'roster.createShift', {
      title: 'Balie ochtend',
      date,
      startTime: '09:00',
      endTime: '13:00',
      needs: [{ roleId: roles['balie'], count: 2 }],
    });
    await ok(core, a, 'roster.assign', { shiftId: shift.id, volunteerId: els.id, roleId: roles['balie'] });
    const error = winnerAndLoser(
      await atOnce(core, [
        [a, 'roster.assign', { shiftId: shift.id, volunteerId: jan.id, roleId: roles['balie'] }],
        [b, 'roster.assign', { shiftId: shift.id, volunteerId: piet.id, roleId: roles['balie'] }],
      ]),
    );
    expect(error.code).toBe('NEEDS_CONFIRMATION');
    expect(error.fieldErrors.warnings).toEqual([
      '"Balie ochtend" is al vol voor balie (2 van 2 ingepland): Piet komt er extra bij.',
    ]);
    const after = await ok(core, a, 'roster.week', { from: date, to: date });
    expect(after[0].needs).toEqual([expect.objectContaining({ roleName: 'balie', count: 2, filled: 2 })]);
    // The loser can still put Piet on the waiting list, which is what the warning suggests.
    await ok(core, b, 'roster.assign', {
      shiftId: shift.id,
      volunteerId: piet.id,
      roleId: roles['balie'],
      waitlist: true,
    });
    consistent(core);
  });

  it('puts one volunteer in two overlapping shifts only after a warning, and never twice in one shift', async () => {
    const {
      core,
      windows: [a, b],
    } = await twoWindows();
    const { roles, volunteer } = await volunteerHouse(core, a);
    const piet = await volunteer('Piet');
    const date = addDays(testToday(), 7);
    const morning = await ok(core, a, 'roster.createShift', {
      title: 'Balie ochtend',
      date,
      startTime: '09:00',
      endTime: '13:00',
      needs: [{ roleId: roles['balie'], count: 1 }],
    });
    const lunch = await ok(core, a, 'roster.createShift', {
      title: 'Lunch',
      date,
      startTime: '12:00',
      endTime: '14:00',
      needs: [{ roleId: roles['balie'], count: 1 }],
    });
    const overlap = winnerAndLoser(
      await atOnce(core, [
        [a, 'roster.assign', { shiftId: morning.id, volunteerId: piet.id, roleId: roles['balie'] }],
        [b, 'roster.assign', { shiftId: lunch.id, volunteerId: piet.id, roleId: roles['balie'] }],
      ]),
    );
    expect(overlap.code).toBe('NEEDS_CONFIRMATION');
    expect(overlap.fieldErrors.warnings).toEqual(['Piet staat dan al ingepland bij "Balie ochtend" (09:00–13:00).']);

    const evening = await ok(core, a, 'roster.createShift', {
      title: 'Avond',
      date,
      startTime: '19:00',
      endTime: '22:00',
      needs: [{ roleId: roles['balie'], count: 3 }],
    });
    const twice = winnerAndLoser(
      await atOnce(core, [
        [a, 'roster.assign', { shiftId: evening.id, volunteerId: piet.id, roleId: roles['balie'] }],
        [
          b,
          'roster.assign',
          { shiftId: evening.id, volunteerId: piet.id, roleId: roles['balie'], confirmWarnings: true },
        ],
      ]),
    );
    expect(twice).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { volunteerId: ['Piet staat al op deze dienst.'] },
    });
    const rows = core.db
      .prepare('SELECT count(*) AS n FROM assignments WHERE volunteer_id = ? AND shift_id = ?')
      .get(piet.id, evening.id) as { n: number };
    expect(rows.n).toBe(1);
    consistent(core);
  });

  it('hands a key out once: the second hand-out names who has it', async () => {
    const {
      core,
      windows: [a, b],
    } = await twoWindows();
    const key = await ok(core, a, 'keys.create', { kind: 'sleutel', label: 'Voordeur', code: 'S-1' });
    const today = testToday();
    const error = winnerAndLoser(
      await atOnce(core, [
        [a, 'keys.handOut', { keyId: key.id, holderKind: 'vrijwilliger', holderName: 'Els', handedOutOn: today }],
        [b, 'keys.handOut', { keyId: key.id, holderKind: 'vrijwilliger', holderName: 'Jan', handedOutOn: today }],
      ]),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors.keyId).toEqual([`Voordeur is al uitgegeven aan Els (sinds ${today}). Neem hem eerst in.`]);
    const open = core.db
      .prepare('SELECT count(*) AS n FROM key_handouts WHERE key_id = ? AND returned_on IS NULL AND lost_on IS NULL')
      .get(key.id) as { n: number };
    expect(open.n).toBe(1);
    consistent(core);
  });
});

describe('two processes writing at once for a few seconds', () => {
  it('the desk logs and counts while the beheerder books and hands keys out: every save succeeds, the counts add up', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const { kamer, bewoners } = await bookingHouse(core, token);
    await ok(core, token, 'users.create', { name: 'Balie', username: 'balie', role: 'balie', password: PASSWORD });
    const categories = Object.fromEntries(
      (await ok(core, token, 'activities.categories')).map((c: { name: string; id: number }) => [c.name, c.id]),
    ) as Record<string, number>;
    const inloop = await ok(core, token, 'activities.create', {
      name: 'Open inloop',
      organiserKind: 'welzijnsaanbieder',
      categoryId: categories['open inloop'],
      walkIn: true,
    });
    const day = addDays(testToday(), -1);
    const session = await ok(core, token, 'attendance.walkInSession', {
      activityId: inloop.id,
      date: day,
      daypart: 'ochtend',
    });
    const key = await ok(core, token, 'keys.create', { kind: 'sleutel', label: 'Voordeur', code: 'S-1' });

    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const worker = join(ROOT, 'tests', 'integration', 'platform', 'concurrency.worker.ts');
    const shared = {
      password: PASSWORD,
      goAt: Date.now() + 3000,
      seconds: 4,
      sessionId: session.id,
      roomId: kamer.id,
      renterId: bewoners.id,
      keyId: key.id,
      day,
    };
    const reports = (
      await Promise.all([
        run(tsx, [worker, JSON.stringify({ ...shared, username: 'balie', part: 'balie' }), core.paths.dataDir], {
          cwd: ROOT,
        }),
        run(tsx, [worker, JSON.stringify({ ...shared, username: 'bea', part: 'beheerder' }), core.paths.dataDir], {
          cwd: ROOT,
        }),
      ])
    ).map(
      (r) =>
        JSON.parse(r.stdout) as {
          done: Record<string, number>;
          errors: { method: string; code: string; message: string }[];
        },
    );
    const [desk, beheerder] = reports as [(typeof reports)[0], (typeof reports)[0]];

    // Waiting for the other's transaction is the busy timeout's job: no save may fail, busy or otherwise.
    expect(desk.errors).toEqual([]);
    expect(beheerder.errors).toEqual([]);
    // Both really worked at the same time, many times over.
    expect(desk.done['logbook.create']).toBeGreaterThan(5);
    expect(beheerder.done['bookings.create']).toBeGreaterThan(5);

    const count = (sql: string, ...args: unknown[]) => (core.db.prepare(sql).get(...args) as { n: number }).n;
    expect(count("SELECT count(*) AS n FROM logbook_entries WHERE text LIKE 'Drukte aan de balie%'")).toBe(
      desk.done['logbook.create'],
    );
    expect((await ok(core, token, 'attendance.session', { id: session.id })).counts.total).toBe(
      desk.done['attendance.tally'],
    );
    expect(count("SELECT count(*) AS n FROM bookings WHERE title LIKE 'Overleg %'")).toBe(
      beheerder.done['bookings.create'],
    );
    expect(count('SELECT count(*) AS n FROM key_handouts WHERE key_id = ?', key.id)).toBe(
      beheerder.done['keys.handOut'],
    );
    expect(count('SELECT count(*) AS n FROM key_handouts WHERE key_id = ? AND returned_on IS NULL', key.id)).toBe(0);
    // Every save wrote its audit row, from whichever process.
    expect(
      count(
        "SELECT count(*) AS n FROM audit_log WHERE method IN ('logbook.create', 'attendance.tally', 'bookings.create', 'keys.handOut', 'keys.return')",
      ),
    ).toBe(
      ['logbook.create', 'attendance.tally'].reduce((n, m) => n + desk.done[m]!, 0) +
        ['bookings.create', 'keys.handOut', 'keys.return'].reduce((n, m) => n + beheerder.done[m]!, 0),
    );
    consistent(core);
  }, 90_000);
});
