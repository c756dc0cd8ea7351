import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { addDays } from '../../../db/platform/clock';
import { fails, fingerprint, ok, openCore, setUp, tempDir, tokenFor } from '../../helpers';
import { bookingHouse, single } from '../bookings/fixture';
import { today as testToday } from '../../clock';

async function house() {
  const core = await openCore();
  const token = await setUp(core);
  const fixture = await bookingHouse(core, token);
  const categories = Object.fromEntries(
    (await ok(core, token, 'activities.categories')).map((c: { name: string; id: number }) => [c.name, c.id]),
  ) as Record<string, number>;
  const bands = Object.fromEntries(
    (await ok(core, token, 'activities.ageBands')).map((b: { label: string; id: number }) => [b.label, b.id]),
  ) as Record<string, number>;
  return { core, token, categories, bands, ...fixture };
}

/** A weekly series in the past three weeks (so its sessions can be counted) and one next week. */
async function seriesAround(
  core: Awaited<ReturnType<typeof house>>['core'],
  token: string,
  roomId: number,
  renterId: number,
) {
  const start = addDays(testToday(), -21);
  return ok(
    core,
    token,
    'bookings.create',
    single(roomId, renterId, {
      date: start,
      startTime: '10:00',
      endTime: '12:00',
      title: 'Taalcafé',
      recurrence: { kind: 'weekly', count: 4 },
      confirmWarnings: true,
    }),
  );
}

describe('activities and sessions', () => {
  it('generates one session per occurrence of a linked booking series, following moves and cancellations', async () => {
    const { core, token, kamer, bewoners, categories } = await house();
    const made = await seriesAround(core, token, kamer.id, bewoners.id);
    const activity = await ok(core, token, 'activities.create', {
      name: 'Taalcafé',
      organiserKind: 'vrijwilligers',
      categoryId: categories['taal'],
      priorityGroups: ['kwetsbare bewoners'],
      seriesIds: [made.bookings[0].seriesId],
    });
    const range = { from: addDays(testToday(), -30), to: addDays(testToday(), 30), activityId: activity.id };
    expect((await ok(core, token, 'attendance.sessions', range)).map((s: { start: string }) => s.start)).toEqual(
      made.bookings.map((b: { start: string }) => b.start),
    );
    await ok(core, token, 'bookings.cancel', { id: made.ids[3], reason: 'Vakantie' });
    await ok(core, token, 'bookings.move', {
      id: made.ids[2],
      start: `${made.bookings[2].start.slice(0, 10)}T13:00`,
      end: `${made.bookings[2].start.slice(0, 10)}T15:00`,
      confirmWarnings: true,
    });
    expect(await ok(core, token, 'attendance.sync')).toEqual({ changes: 2 });
    const sessions = await ok(core, token, 'attendance.sessions', range);
    expect(sessions.map((s: { start: string; cancelled: boolean }) => [s.start.slice(11), s.cancelled])).toEqual([
      ['10:00', false],
      ['10:00', false],
      ['13:00', false],
      ['10:00', true],
    ]);
  });
  it("brings a screen's range in line with the bookings: what starts there and what was dated there, nothing else", async () => {
    const { core, token, kamer, zaal, bewoners, categories } = await house();
    const made = await seriesAround(core, token, kamer.id, bewoners.id);
    const day = (offset: number) => addDays(testToday(), offset);
    const singleAt = async (offset: number) =>
      (
        await ok(
          core,
          token,
          'bookings.create',
          single(zaal.id, bewoners.id, { date: day(offset), startTime: '19:00', endTime: '21:00', title: 'Avond' }),
        )
      ).ids[0] as number;
    const inside = await singleAt(-12);
    const missingInside = await singleAt(-11);
    const missingOutside = await singleAt(-4);
    const activity = await ok(core, token, 'activities.create', {
      name: 'Taalcafé',
      organiserKind: 'vrijwilligers',
      categoryId: categories['taal'],
      priorityGroups: ['kwetsbare bewoners'],
      seriesIds: [made.bookings[0].seriesId],
      bookingIds: [inside, missingInside, missingOutside],
    });
    // The screen shows the week of the series' second occurrence (21 days ago is the first, 7 days ago the third).
    const range = { from: day(-14), to: day(-8) };
    const move = (id: number, date: string, startTime: string, endTime: string) =>
      ok(core, token, 'bookings.move', {
        id,
        start: `${date}T${startTime}`,
        end: `${date}T${endTime}`,
        confirmWarnings: true,
      });
    await ok(core, token, 'bookings.cancel', { id: made.ids[1], reason: 'Vakantie' }); // in the range: cancelled
    await move(made.ids[0], day(-13), '10:00', '12:00'); // moved into the range
    await move(made.ids[2], day(-7), '13:00', '15:00'); // outside the range: waits
    await move(inside, day(3), '19:00', '21:00'); // moved out of the range: its session, dated in it, follows
    // Linked bookings without a session (as when a link is made behind the sync's back).
    core.db.prepare('DELETE FROM sessions WHERE booking_id IN (?, ?)').run(missingInside, missingOutside);

    const all = { from: day(-30), to: day(30), activityId: activity.id };
    const sessions = async () =>
      Object.fromEntries(
        (await ok(core, token, 'attendance.sessions', all)).map(
          (s: { bookingId: number; start: string; cancelled: boolean }) => [s.bookingId, `${s.start} ${s.cancelled}`],
        ),
      );
    expect(await ok(core, token, 'attendance.sync', range)).toEqual({ changes: 4 });
    const windowed = await sessions();
    expect(windowed).toMatchObject({
      [made.ids[0]]: `${day(-13)}T10:00 false`,
      [made.ids[1]]: `${day(-14)}T10:00 true`,
      [made.ids[2]]: `${day(-7)}T10:00 false`,
      [inside]: `${day(3)}T19:00 false`,
      [missingInside]: `${day(-11)}T19:00 false`,
    });
    expect(windowed[missingOutside]).toBeUndefined();
    // Nothing left to do in the range; the rest is the daily routine's (or another range's).
    expect(await ok(core, token, 'attendance.sync', range)).toEqual({ changes: 0 });
    expect(await ok(core, token, 'attendance.sync', { from: day(-7), to: day(-1) })).toEqual({ changes: 2 });
    expect(await ok(core, token, 'attendance.sync')).toEqual({ changes: 0 });
    expect(await sessions()).toMatchObject({
      [made.ids[2]]: `${day(-7)}T13:00 false`,
      [missingOutside]: `${day(-4)}T19:00 false`,
    });
    expect((await fails(core, token, 'attendance.sync', { from: day(0) })).fieldErrors).toEqual({
      to: ['Vul een begin- en einddatum in, of geen van beide.'],
    });
  });

  it('the daily routine finds every difference over all history in one pass', async () => {
    const { core, token, kamer, bewoners, categories } = await house();
    const made = await seriesAround(core, token, kamer.id, bewoners.id);
    await ok(core, token, 'activities.create', {
      name: 'Taalcafé',
      organiserKind: 'vrijwilligers',
      categoryId: categories['taal'],
      priorityGroups: ['kwetsbare bewoners'],
      seriesIds: [made.bookings[0].seriesId],
    });
    await ok(core, token, 'bookings.cancel', { id: made.ids[0], reason: 'Vakantie' });
    await ok(core, token, 'bookings.cancel', { id: made.ids[3], reason: 'Vakantie' });
    expect(await ok(core, token, 'attendance.sync')).toEqual({ changes: 2 });
    const audit = core.db
      .prepare("SELECT summary FROM audit_log WHERE method = 'attendance.sync' ORDER BY id")
      .all() as { summary: string }[];
    expect(audit.map((a) => a.summary)).toEqual(['Sessies van "Taalcafé" bijgewerkt: 0 nieuw, 2 gewijzigd']);
    expect(await ok(core, token, 'attendance.sync')).toEqual({ changes: 0 });
  });
});

describe('counts', () => {
  it('records a total with a breakdown by age band (the rest is onbekend) and refuses bad counts', async () => {
    const { core, token, kamer, bewoners, categories, bands } = await house();
    const made = await seriesAround(core, token, kamer.id, bewoners.id);
    const nextWeek = await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, bewoners.id, { date: addDays(testToday(), 7), title: 'Taalcafé', confirmWarnings: true }),
    );
    const activity = await ok(core, token, 'activities.create', {
      name: 'Taalcafé',
      organiserKind: 'vrijwilligers',
      categoryId: categories['taal'],
      seriesIds: [made.bookings[0].seriesId],
      bookingIds: nextWeek.ids,
    });
    const sessions = await ok(core, token, 'attendance.sessions', {
      from: addDays(testToday(), -30),
      to: addDays(testToday(), 30),
      activityId: activity.id,
    });
    const past = sessions[0];
    const future = sessions.at(-1);
    const balie = await tokenFor(core, token, 'balie');
    const saved = await ok(core, balie, 'attendance.setCounts', {
      sessionId: past.id,
      total: 20,
      bands: [
        { bandId: bands['24–64'], count: 12 },
        { bandId: bands['65–74'], count: 5 },
      ],
      newVisitors: 3,
      volunteersPresent: 2,
    });
    expect(saved.counts).toMatchObject({ total: 20, unknown: 3, newVisitors: 3, updatedBy: 'Test balie' });
    const before = fingerprint(core.db);
    expect((await fails(core, balie, 'attendance.setCounts', { sessionId: past.id, total: -1 })).fieldErrors).toEqual({
      total: ['Een aantal kan niet negatief zijn.'],
    });
    expect(
      (
        await fails(core, balie, 'attendance.setCounts', {
          sessionId: past.id,
          total: 10,
          bands: [{ bandId: bands['24–64'], count: 12 }],
        })
      ).fieldErrors,
    ).toEqual({ total: ['De leeftijdsgroepen tellen op tot 12: dat is meer dan het totaal (10).'] });
    expect(
      (
        await fails(core, balie, 'attendance.setCounts', {
          sessionId: past.id,
          total: 10,
          bands: [{ bandId: 999, count: 1 }],
        })
      ).fieldErrors,
    ).toEqual({ 'bands.0.bandId': ['Onbekende leeftijdsgroep.'] });
    expect((await fails(core, balie, 'attendance.setCounts', { sessionId: future.id, total: 5 })).fieldErrors).toEqual({
      sessionId: ['Deze sessie is nog niet begonnen: tellen kan vanaf het begin.'],
    });
    await ok(core, token, 'bookings.cancel', { id: made.ids[1], reason: 'Ziek' });
    await ok(core, token, 'attendance.sync');
    const cancelled = (
      await ok(core, token, 'attendance.sessions', {
        from: addDays(testToday(), -30),
        to: testToday(),
        activityId: activity.id,
      })
    )[1];
    expect(
      (await fails(core, balie, 'attendance.setCounts', { sessionId: cancelled.id, total: 5 })).fieldErrors
        .sessionId?.[0],
    ).toContain('geannuleerd');
    expect(fingerprint(core.db)).not.toBe(before); // the cancellation itself was written
    const coordinator = await tokenFor(core, token, 'coordinator');
    expect((await fails(core, coordinator, 'attendance.setCounts', { sessionId: past.id, total: 1 })).code).toBe(
      'FORBIDDEN',
    );
  });

  it('counts the open walk-in per day-part with the tally counter, saving every click', async () => {
    const { core, token, categories, bands } = await house();
    const inloop = await ok(core, token, 'activities.create', {
      name: 'Open inloop',
      organiserKind: 'welzijnsaanbieder',
      categoryId: categories['open inloop'],
      walkIn: true,
    });
    await ok(core, token, 'activities.create', {
      name: 'Taalles',
      organiserKind: 'welzijnsaanbieder',
      categoryId: categories['open inloop'],
      walkIn: false,
    });
    // The buttons get only the walk-ins, not every activity with its bookings.
    expect(await ok(core, token, 'activities.walkIns')).toEqual([{ id: inloop.id, name: 'Open inloop' }]);
    const yesterday = addDays(testToday(), -1);
    const session = await ok(core, token, 'attendance.walkInSession', {
      activityId: inloop.id,
      date: yesterday,
      daypart: 'ochtend',
    });
    expect(
      await ok(core, token, 'attendance.walkInSession', { activityId: inloop.id, date: yesterday, daypart: 'ochtend' }),
    ).toMatchObject({ id: session.id });
    for (const band of ['75+', '75+', '24–64'])
      await ok(core, token, 'attendance.tally', { sessionId: session.id, bandId: bands[band], delta: 1 });
    await ok(core, token, 'attendance.tally', { sessionId: session.id, delta: 1 });
    const after = await ok(core, token, 'attendance.tally', { sessionId: session.id, bandId: bands['75+'], delta: -1 });
    expect(after.counts).toMatchObject({ total: 3, unknown: 1 });
    expect(after.counts.bands).toEqual([
      { bandId: bands['24–64'], count: 1 },
      { bandId: bands['75+'], count: 1 },
    ]);
    expect(
      (await fails(core, token, 'attendance.tally', { sessionId: session.id, bandId: bands['0–3'], delta: -1 }))
        .fieldErrors,
    ).toEqual({ delta: ['Deze groep staat al op nul.'] });
    expect(
      (
        await fails(core, token, 'attendance.walkInSession', {
          activityId: inloop.id,
          date: addDays(testToday(), 2),
          daypart: 'avond',
        })
      ).fieldErrors,
    ).toEqual({ date: ['Dit dagdeel is nog niet begonnen.'] });
  });
});

describe('age bands', () => {
  it('adds a band, switches one off and lists the switched-off ones only when asked', async () => {
    const { core, token, bands } = await house();
    const before = (await ok(core, token, 'activities.ageBands')).length;
    const added = await ok(core, token, 'activities.addAgeBand', { label: '90+', minAge: 90, maxAge: null });
    await ok(core, token, 'activities.setAgeBandActive', { id: bands['0–3']!, active: false });
    const active = await ok(core, token, 'activities.ageBands');
    expect(active).toHaveLength(before);
    expect(active.map((b: { id: number }) => b.id)).not.toContain(bands['0–3']);
    const all = await ok(core, token, 'activities.ageBands', { includeInactive: true });
    expect(all).toHaveLength(before + 1);
    expect(all.find((b: { id: number }) => b.id === bands['0–3'])).toMatchObject({
      minAge: 0,
      maxAge: 3,
      active: false,
    });
    expect(all.find((b: { id: number }) => b.id === added.id)).toMatchObject({ label: '90+', active: true });
    expect(
      (await fails(core, token, 'activities.ageBands', { includeInactive: 'ja' })).fieldErrors.includeInactive,
    ).toBeDefined();
  });
});

describe('reports and exports', () => {
  it('maps age bands to priority groups and sums per period, activity and category', async () => {
    const { core, token, kamer, bewoners, categories, bands } = await house();
    const made = await seriesAround(core, token, kamer.id, bewoners.id);
    const activity = await ok(core, token, 'activities.create', {
      name: 'Taalcafé',
      organiserKind: 'vrijwilligers',
      categoryId: categories['taal'],
      priorityGroups: ['kwetsbare bewoners'],
      wijk: 'Tarwewijk',
      seriesIds: [made.bookings[0].seriesId],
    });
    const sessions = await ok(core, token, 'attendance.sessions', {
      from: addDays(testToday(), -30),
      to: testToday(),
      activityId: activity.id,
    });
    await ok(core, token, 'attendance.setCounts', {
      sessionId: sessions[0].id,
      total: 10,
      bands: [
        { bandId: bands['4–11'], count: 2 },
        { bandId: bands['18–23'], count: 3 },
        { bandId: bands['24–64'], count: 1 },
        { bandId: bands['75+'], count: 4 },
      ],
    });
    await ok(core, token, 'attendance.setCounts', {
      sessionId: sessions[1].id,
      total: 6,
      bands: [{ bandId: bands['65–74'], count: 6 }],
    });
    const report = await ok(core, token, 'reports.attendance', {
      from: addDays(testToday(), -60),
      to: testToday(),
      granularity: 'year',
    });
    expect(report.total).toMatchObject({
      sessions: 2,
      activities: 1,
      visitors: 16,
      unknown: 0,
      reach: { jeugd: 5, ouderen: 10, 'kwetsbare bewoners': 16 },
    });
    expect(report.bands.find((b: { label: string }) => b.label === '0–3').priorityGroup).toBeNull();
    expect(report.byActivity).toMatchObject([{ name: 'Taalcafé', visitors: 16 }]);
    expect(report.byWijk).toMatchObject([{ name: 'Tarwewijk', visitors: 16 }]);
    const q = Math.floor((Number(testToday().slice(5, 7)) - 1) / 3) + 1;
    const quarterly = await ok(core, token, 'reports.quarterly', { year: Number(testToday().slice(0, 4)), quarter: q });
    expect(quarterly.attendance.total.visitors).toBeGreaterThanOrEqual(sessions[0].date >= quarterly.from ? 10 : 0);
    expect(quarterly.occupancy.rows.length).toBe(2);
  });

  it('writes an XLSX that LibreOffice opens with the same figures', async () => {
    const { core, token, kamer, bewoners, categories, bands } = await house();
    const made = await seriesAround(core, token, kamer.id, bewoners.id);
    const activity = await ok(core, token, 'activities.create', {
      name: 'Taalcafé',
      organiserKind: 'vrijwilligers',
      categoryId: categories['taal'],
      seriesIds: [made.bookings[0].seriesId],
    });
    const [first] = await ok(core, token, 'attendance.sessions', {
      from: addDays(testToday(), -30),
      to: testToday(),
      activityId: activity.id,
    });
    await ok(core, token, 'attendance.setCounts', {
      sessionId: first.id,
      total: 17,
      bands: [{ bandId: bands['75+'], count: 9 }],
    });
    const { fileName, base64 } = await ok(core, token, 'reports.attendanceXlsx', {
      from: addDays(testToday(), -60),
      to: testToday(),
    });
    expect(fileName).toMatch(/^bezoekers-huis-van-de-wijk-test-.*\.xlsx$/);
    const dir = tempDir();
    const xlsx = join(dir, 'rapport.xlsx');
    writeFileSync(xlsx, Buffer.from(base64, 'base64'));
    // LibreOffice converts the first sheet ("Per maand") to UTF-8 CSV with commas.
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1',
        '--outdir',
        dir,
        xlsx,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const csv = readFileSync(join(dir, 'rapport.csv'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '')));
    expect(csv[0]!.slice(0, 4)).toEqual(['Periode', 'Sessies', 'Bezoekers', '0–3']);
    const totals = csv.slice(1).filter((cells) => Number(cells[2]) > 0);
    expect(totals).toHaveLength(1);
    expect(totals[0]!.slice(1, 3)).toEqual(['1', '17']);
  }, 120_000);

  it('publishes the weekly programme of public activities and an iCal feed', async () => {
    const { core, token, kamer, bewoners, categories } = await house();
    const next = addDays(testToday(), 7);
    const made = await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, bewoners.id, {
        date: next,
        startTime: '14:00',
        endTime: '15:00',
        title: 'Koffieochtend',
        confirmWarnings: true,
      }),
    );
    await ok(core, token, 'activities.create', {
      name: 'Koffie-uur',
      organiserKind: 'welzijnsaanbieder',
      categoryId: categories['ontmoeting'],
      targetGroup: 'Iedereen',
      bookingIds: made.ids,
    });
    await ok(core, token, 'activities.create', {
      name: 'Besloten overleg',
      organiserKind: 'welzijnsaanbieder',
      categoryId: categories['ontmoeting'],
      public: false,
      bookingIds: [],
    });
    const week = await ok(core, token, 'programme.week', { date: next });
    expect(week.items.map((i: { name: string; rooms: string[] }) => [i.name, i.rooms])).toEqual([
      ['Koffie-uur', ['Kamer']],
    ]);
    const { content } = await ok(core, token, 'programme.ical');
    const events = new ICAL.Component(ICAL.parse(content)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.summary, e.startDate.toString().slice(0, 16)])).toEqual([
      ['Koffie-uur', `${next}T14:00`],
    ]);
  });
});
