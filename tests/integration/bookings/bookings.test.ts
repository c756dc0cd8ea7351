import { describe, expect, it } from 'vitest';
import { addDays, fixedClock, formatDateNl, isoWeekday } from '../../../db/platform/clock';
import { releaseExpiredOptions } from '../../../db/modules/bookings/options';
import { fails, fingerprint, ok, openCore, setUp } from '../../helpers';
import { bookingHouse, single } from './fixture';
import { today as testToday } from '../../clock';

async function house() {
  const core = await openCore();
  const token = await setUp(core);
  return { core, token, ...(await bookingHouse(core, token)) };
}

describe('conflicts', () => {
  it('refuses an overlapping booking in the same room, in Dutch, and writes nothing', async () => {
    const { core, token, kamer, bewoners } = await house();
    await ok(core, token, 'bookings.create', single(kamer.id, bewoners.id));
    const before = fingerprint(core.db);
    const error = await fails(
      core,
      token,
      'bookings.create',
      single(kamer.id, bewoners.id, { startTime: '11:00', endTime: '13:00' }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      'Kamer is op di 9 mrt 2027 al bezet door "Bijeenkomst" (10:00–12:00), inclusief de tijd om klaar te zetten en op te ruimen.',
    );
    expect(fingerprint(core.db)).toBe(before);
  });

  it("allows back-to-back bookings in a room without changeover, but not inside a room's changeover time", async () => {
    const { core, token, kamer, zaal, bewoners } = await house();
    await ok(core, token, 'bookings.create', single(kamer.id, bewoners.id));
    await ok(core, token, 'bookings.create', single(kamer.id, bewoners.id, { startTime: '12:00', endTime: '13:00' }));
    await ok(core, token, 'bookings.create', single(zaal.id, bewoners.id));
    expect(
      (
        await fails(
          core,
          token,
          'bookings.create',
          single(zaal.id, bewoners.id, { startTime: '12:00', endTime: '13:00' }),
        )
      ).code,
    ).toBe('CONFLICT');
    expect(
      (
        await fails(
          core,
          token,
          'bookings.create',
          single(zaal.id, bewoners.id, { startTime: '12:29', endTime: '13:00' }),
        )
      ).code,
    ).toBe('CONFLICT');
    await ok(core, token, 'bookings.create', single(zaal.id, bewoners.id, { startTime: '12:30', endTime: '13:00' }));
    expect(
      (
        await fails(
          core,
          token,
          'bookings.create',
          single(zaal.id, bewoners.id, { startTime: '09:00', endTime: '09:31' }),
        )
      ).code,
    ).toBe('CONFLICT');
  });

  it('counts setup and teardown as occupied time', async () => {
    const { core, token, kamer, bewoners } = await house();
    await ok(core, token, 'bookings.create', single(kamer.id, bewoners.id, { teardownMinutes: 30 }));
    expect(
      (
        await fails(
          core,
          token,
          'bookings.create',
          single(kamer.id, bewoners.id, { startTime: '12:15', endTime: '13:00' }),
        )
      ).code,
    ).toBe('CONFLICT');
    expect(
      (
        await fails(
          core,
          token,
          'bookings.create',
          single(kamer.id, bewoners.id, { startTime: '13:00', endTime: '14:00', setupMinutes: 45 }),
        )
      ).code,
    ).toBe('CONFLICT');
    await ok(core, token, 'bookings.create', single(kamer.id, bewoners.id, { startTime: '12:30', endTime: '13:00' }));
  });

  it('lets cancelled bookings free the room, and options hold it until their last day has passed', async () => {
    const { core, token, kamer, bewoners } = await house();
    const today = testToday();
    const date = addDays(today, 10);
    const option = await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, bewoners.id, { date, status: 'optie', optionUntil: addDays(today, 1), confirmWarnings: true }),
    );
    expect(
      (await fails(core, token, 'bookings.create', single(kamer.id, bewoners.id, { date, confirmWarnings: true })))
        .code,
    ).toBe('CONFLICT');
    // The day after the option's last day, it no longer counts, even before the release job ran.
    core.db.prepare('UPDATE bookings SET option_until = ? WHERE id = ?').run(addDays(today, -1), option.ids[0]);
    const other = await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, bewoners.id, { date, confirmWarnings: true }),
    );
    await ok(core, token, 'bookings.cancel', { id: other.ids[0], reason: 'Gaat niet door' });
    await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, bewoners.id, { date, title: 'Derde', confirmWarnings: true }),
    );
    const cancelled = await ok(core, token, 'bookings.get', { id: other.ids[0] });
    expect(cancelled.booking).toMatchObject({ status: 'geannuleerd', cancelReason: 'Gaat niet door' });
    expect(cancelled.history.map((h: { method: string }) => h.method)).toEqual(['bookings.cancel', 'bookings.create']);
  });

  it('releases expired options automatically and lists them', async () => {
    const { core, token, kamer, bewoners } = await house();
    const today = testToday();
    const made = await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, bewoners.id, {
        date: addDays(today, 20),
        status: 'optie',
        optionUntil: addDays(today, 2),
        confirmWarnings: true,
      }),
    );
    expect(releaseExpiredOptions(core.db, fixedClock(today))).toEqual([]);
    expect((await ok(core, token, 'bookings.options')).expiring.map((b: { id: number }) => b.id)).toEqual(made.ids);
    expect(releaseExpiredOptions(core.db, fixedClock(addDays(today, 3)))).toEqual(made.ids);
    const { booking } = await ok(core, token, 'bookings.get', { id: made.ids[0] });
    expect(booking.status).toBe('geannuleerd');
    expect(booking.cancelReason).toMatch(/^Optie verlopen/);
    expect((await ok(core, token, 'bookings.options')).released.map((b: { id: number }) => b.id)).toEqual(made.ids);
  });

  it('checks every room of a multi-room booking', async () => {
    const { core, token, kamer, zaal, bewoners } = await house();
    await ok(core, token, 'bookings.create', single(zaal.id, bewoners.id, { startTime: '14:00', endTime: '15:00' }));
    const error = await fails(
      core,
      token,
      'bookings.create',
      single(kamer.id, bewoners.id, { roomIds: [kamer.id, zaal.id], endTime: '14:00' }),
    );
    expect(error.message).toContain('Zaal is op di 9 mrt 2027 al bezet');
  });
});

describe('recurring bookings', () => {
  it('stays at 19:00 local time across the switch to and from summer time', async () => {
    const { core, token, kamer, bewoners } = await house();
    const made = await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, bewoners.id, {
        date: '2027-03-16',
        startTime: '19:00',
        endTime: '21:00',
        keyHolder: 'Joke',
        recurrence: { kind: 'weekly', until: '2027-04-06' },
      }),
    );
    const starts = made.bookings.map((b: { start: string }) => b.start);
    expect(starts).toEqual(['2027-03-16T19:00', '2027-03-23T19:00', '2027-03-30T19:00', '2027-04-06T19:00']);
    const autumn = await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, bewoners.id, {
        date: '2027-10-19',
        startTime: '19:00',
        endTime: '21:00',
        keyHolder: 'Joke',
        recurrence: { kind: 'biweekly', count: 3 },
      }),
    );
    expect(autumn.bookings.map((b: { start: string }) => b.start)).toEqual([
      '2027-10-19T19:00',
      '2027-11-02T19:00',
      '2027-11-16T19:00',
    ]);
  });

  it('books monthly on the nth weekday, and the last weekday for a fifth one', async () => {
    const { core, token, kamer, bewoners } = await house();
    const second = await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, bewoners.id, { date: '2027-03-09', recurrence: { kind: 'monthly', count: 3 } }),
    );
    expect(second.bookings.map((b: { start: string }) => b.start.slice(0, 10))).toEqual([
      '2027-03-09',
      '2027-04-13',
      '2027-05-11',
    ]);
    const last = await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, bewoners.id, {
        date: '2027-03-30',
        recurrence: { kind: 'monthly', count: 3 },
        confirmWarnings: true,
      }),
    );
    expect(last.bookings.map((b: { start: string }) => b.start.slice(0, 10))).toEqual([
      '2027-03-30',
      '2027-04-27',
      '2027-05-25',
    ]);
  });

  it('reports every conflicting date of a series and books the free dates only when asked', async () => {
    const { core, token, kamer, bewoners } = await house();
    await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, bewoners.id, { date: '2027-03-16', title: 'Al geboekt' }),
    );
    await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, bewoners.id, { date: '2027-03-30', title: 'Ook geboekt' }),
    );
    const series = single(kamer.id, bewoners.id, {
      date: '2027-03-09',
      recurrence: { kind: 'weekly', count: 5, skipDates: ['2027-03-23'] },
    });
    const preview = await ok(core, token, 'bookings.preview', series);
    expect(preview.occurrences.map((o: { date: string; conflicts: string[] }) => [o.date, o.conflicts.length])).toEqual(
      [
        ['2027-03-09', 0],
        ['2027-03-16', 1],
        ['2027-03-30', 1],
        ['2027-04-06', 0],
      ],
    );
    const before = fingerprint(core.db);
    const refused = await fails(core, token, 'bookings.create', series);
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/^Op 2 data is een ruimte al bezet\./);
    expect(refused.fieldErrors.conflicts).toHaveLength(2);
    expect(fingerprint(core.db)).toBe(before);
    const made = await ok(core, token, 'bookings.create', { ...series, skipConflicts: true });
    expect(made.skippedDates).toEqual(['2027-03-16', '2027-03-30']);
    expect(made.bookings.map((b: { start: string }) => b.start.slice(0, 10))).toEqual(['2027-03-09', '2027-04-06']);
    const { series: s } = await ok(core, token, 'bookings.get', { id: made.ids[0] });
    expect(s.skipDates).toEqual(['2027-03-16', '2027-03-23', '2027-03-30']);
    // The series is audited as a whole (how many dates, from–to, what was left out and why), and every booking shows it.
    const created =
      `Reeks "Bijeenkomst" voor huurder #${bewoners.id} in Kamer, elke dinsdag, 5 keer, 10:00–12:00, status bevestigd: 2 data van di 9 mrt 2027 t/m di 6 apr 2027; ` +
      'uitgezonderd di 23 mrt 2027; overgeslagen want bezet di 16 mrt 2027, di 30 mrt 2027';
    expect((await ok(core, token, 'audit.list', { entity: 'bookings' })).rows[0]).toMatchObject({
      method: 'bookings.create',
      entityId: `reeks-${s.id}`,
      summary: created,
    });
    expect(
      (await ok(core, token, 'bookings.get', { id: made.ids[1] })).history.map((h: { summary: string }) => h.summary),
    ).toEqual([created]);
  });

  it('edits only this one, this and following, or all — and an occurrence edited on its own survives a later edit of all', async () => {
    const { core, token, kamer, bewoners } = await house();
    // The series starts on a Tuesday in March of the year after the test moment, so every date is still to come.
    const year = Number(testToday().slice(0, 4)) + 1;
    const tuesday = addDays(`${year}-03-08`, (9 - isoWeekday(`${year}-03-08`)) % 7);
    const day = (days: number) => addDays(tuesday, days);
    const nl = (days: number) => formatDateNl(day(days));
    const made = await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, bewoners.id, { date: day(0), recurrence: { kind: 'weekly', count: 4 } }),
    );
    const [a, b, c, d] = made.ids as number[];
    const base = single(kamer.id, bewoners.id);
    await ok(core, token, 'bookings.update', {
      ...base,
      id: b,
      scope: 'this',
      date: day(8),
      startTime: '14:00',
      endTime: '15:00',
      title: 'Verplaatst',
    });
    await ok(core, token, 'bookings.update', {
      ...base,
      id: a,
      scope: 'all',
      date: day(0),
      startTime: '10:30',
      endTime: '12:30',
      title: 'Nieuwe titel',
    });
    const rows = await ok(core, token, 'bookings.list', { from: `${year}-03-01`, to: `${year}-04-30` });
    expect(rows.map((r: { id: number; start: string; title: string }) => [r.id, r.start, r.title])).toEqual([
      [a, `${day(0)}T10:30`, 'Nieuwe titel'],
      [b, `${day(8)}T14:00`, 'Verplaatst'],
      [c, `${day(14)}T10:30`, 'Nieuwe titel'],
      [d, `${day(21)}T10:30`, 'Nieuwe titel'],
    ]);
    await ok(core, token, 'bookings.update', {
      ...base,
      id: c,
      scope: 'following',
      date: day(14),
      startTime: '19:00',
      endTime: '20:00',
      title: 'Avond',
      keyHolder: 'Joke',
    });
    const after = await ok(core, token, 'bookings.list', { from: `${year}-03-01`, to: `${year}-04-30` });
    expect(after.map((r: { start: string }) => r.start)).toEqual([
      `${day(0)}T10:30`,
      `${day(8)}T14:00`,
      `${day(14)}T19:00`,
      `${day(21)}T19:00`,
    ]);
    const first = await ok(core, token, 'bookings.get', { id: a });
    const later = await ok(core, token, 'bookings.get', { id: d });
    expect(first.series.id).not.toBe(later.series.id);
    expect(first.series.rule).toMatchObject({ until: day(13), count: null });
    expect(later.series.rule).toMatchObject({ count: 2 });
    // The audit log says in Dutch what changed, in the words of the form; an edit of several occurrences shows in each one's history.
    const firstHistory = [
      `Gewijzigd: "Bijeenkomst" ${nl(0)} 10:00–12:00 (alle komende: 3 keer): Titel: "Bijeenkomst" → "Nieuwe titel"; Wanneer: ${nl(0)} 10:00–12:00 → ${nl(0)} 10:30–12:30`,
      `Reeks "Bijeenkomst" voor huurder #${bewoners.id} in Kamer, elke dinsdag, 4 keer, 10:00–12:00, status bevestigd: 4 data van ${nl(0)} t/m ${nl(21)}`,
    ];
    // The part split off also shows the history of the series it came from.
    expect(later.history.map((h: { summary: string }) => h.summary)).toEqual([
      `Gewijzigd: "Nieuwe titel" ${nl(14)} 10:30–12:30 (deze en volgende: 2 keer): Titel: "Nieuwe titel" → "Avond"; Wanneer: ${nl(14)} 10:30–12:30 → ${nl(14)} 19:00–20:00; Sleutelhouder gewijzigd`,
      ...firstHistory,
    ]);
    expect(first.history.map((h: { summary: string }) => h.summary)).toEqual(firstHistory);
    const moved = (await ok(core, token, 'bookings.get', { id: b })).history.map((h: { summary: string }) => h.summary);
    expect(moved).toContain(
      `Gewijzigd: "Bijeenkomst" ${nl(7)} 10:00–12:00: Titel: "Bijeenkomst" → "Verplaatst"; Wanneer: ${nl(7)} 10:00–12:00 → ${nl(8)} 14:00–15:00`,
    );
  });

  it('refuses a series without an end, with too many dates, or moved to another weekday as a whole', async () => {
    const { core, token, kamer, bewoners } = await house();
    expect(
      (await fails(core, token, 'bookings.create', single(kamer.id, bewoners.id, { recurrence: { kind: 'weekly' } })))
        .fieldErrors,
    ).toEqual({ 'recurrence.until': ['Geef een einddatum of een aantal keer: een reeks zonder einde kan niet.'] });
    expect(
      (
        await fails(
          core,
          token,
          'bookings.create',
          single(kamer.id, bewoners.id, { recurrence: { kind: 'weekly', until: '2030-01-01' } }),
        )
      ).fieldErrors,
    ).toEqual({
      'recurrence.until': ['Deze reeks geeft meer dan 120 data. Kies een eerdere einddatum of maak twee reeksen.'],
    });
    expect(
      (
        await fails(
          core,
          token,
          'bookings.create',
          single(kamer.id, bewoners.id, { recurrence: { kind: 'weekly', count: 500 } }),
        )
      ).fieldErrors,
    ).toEqual({ 'recurrence.count': ['Hoogstens 120 keer in één reeks.'] });
    const made = await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, bewoners.id, { recurrence: { kind: 'weekly', count: 3 } }),
    );
    expect(
      (
        await fails(core, token, 'bookings.update', {
          ...single(kamer.id, bewoners.id),
          id: made.ids[0],
          scope: 'all',
          date: '2027-03-10',
        })
      ).fieldErrors.date?.[0],
    ).toContain('Een reeks verplaats je niet naar een andere dag');
  });

  it('cancels this and the following occurrences and keeps the earlier ones', async () => {
    const { core, token, kamer, bewoners } = await house();
    const made = await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, bewoners.id, { recurrence: { kind: 'weekly', count: 4 } }),
    );
    const result = await ok(core, token, 'bookings.cancel', {
      id: made.ids[2],
      scope: 'following',
      reason: 'Groep stopt',
    });
    expect(result.ids).toEqual(made.ids.slice(2));
    const rows = await ok(core, token, 'bookings.list', { from: '2027-03-01', to: '2027-04-30' });
    expect(rows.map((r: { status: string }) => r.status)).toEqual([
      'bevestigd',
      'bevestigd',
      'geannuleerd',
      'geannuleerd',
    ]);
  });
});

describe('moving in the calendar', () => {
  it('moves one occurrence by drag and drop, re-checked for conflicts with a clear refusal', async () => {
    const { core, token, kamer, zaal, bewoners } = await house();
    const made = await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, bewoners.id, { recurrence: { kind: 'weekly', count: 2 } }),
    );
    await ok(
      core,
      token,
      'bookings.create',
      single(zaal.id, bewoners.id, { title: 'Koor', startTime: '13:00', endTime: '15:00' }),
    );
    const moved = await ok(core, token, 'bookings.move', {
      id: made.ids[0],
      start: '2027-03-09T14:00',
      end: '2027-03-09T16:00',
      confirmWarnings: true,
    });
    expect(moved).toMatchObject({ start: '2027-03-09T14:00', end: '2027-03-09T16:00', detached: true });
    const before = fingerprint(core.db);
    const refused = await fails(core, token, 'bookings.move', {
      id: made.ids[0],
      start: '2027-03-09T14:00',
      end: '2027-03-09T16:00',
      fromRoomId: kamer.id,
      toRoomId: zaal.id,
    });
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      message:
        'Zaal is op di 9 mrt 2027 al bezet door "Koor" (13:00–15:00), inclusief de tijd om klaar te zetten en op te ruimen.',
    });
    expect(fingerprint(core.db)).toBe(before);
    const room = await ok(core, token, 'bookings.move', {
      id: made.ids[0],
      start: '2027-03-09T15:30',
      end: '2027-03-09T16:30',
      fromRoomId: kamer.id,
      toRoomId: zaal.id,
      confirmWarnings: true,
    });
    expect(room.roomIds).toEqual([zaal.id]);
  });
});

describe('warnings that must be confirmed', () => {
  it('asks to confirm a closure, a day without opening hours, too many people and a missing key holder', async () => {
    const { core, token, kamer, stichting } = await house();
    await ok(core, token, 'closures.create', {
      startDate: '2027-03-09',
      endDate: '2027-03-09',
      reason: 'Schilderwerk',
    });
    const input = single(kamer.id, stichting.id, { expectedPeople: 15, layout: 'vergadering' });
    const before = fingerprint(core.db);
    const error = await fails(core, token, 'bookings.create', input);
    expect(error.code).toBe('NEEDS_CONFIRMATION');
    expect(error.fieldErrors.warnings).toEqual([
      'Het huis is gesloten op di 9 mrt 2027: Schilderwerk.',
      'Meer mensen (15) dan er passen in Kamer in opstelling vergadering (10).',
      'Buiten de uren van de beheerder en geen sleutelhouder genoemd: noem wie opent en sluit (een huurder met sleutelrecht of iemand met een sleutel in het sleutelregister).',
    ]);
    expect(fingerprint(core.db)).toBe(before);
    await ok(core, token, 'bookings.create', { ...input, confirmWarnings: true });
  });

  it('warns outside opening hours and on a holiday, and accepts a renter with key rights as key holder', async () => {
    const { core, token, kamer, bewoners } = await house();
    const late = await fails(
      core,
      token,
      'bookings.create',
      single(kamer.id, bewoners.id, { startTime: '21:00', endTime: '23:00' }),
    );
    expect(late.fieldErrors.warnings).toEqual(['Valt buiten de openingstijden van di 9 mrt 2027 (09:00–22:00).']);
    const easter = await fails(core, token, 'bookings.create', single(kamer.id, bewoners.id, { date: '2027-03-29' }));
    expect(easter.fieldErrors.warnings).toEqual(['Het huis is gesloten op ma 29 mrt 2027: Tweede Paasdag.']);
  });
});

describe('prices', () => {
  it('charges the room rate per hour, the day-part rate where cheaper, nothing for free categories and exemptions', async () => {
    const { core, token, kamer, zaal, bewoners, stichting } = await house();
    const free = await ok(core, token, 'bookings.create', single(kamer.id, bewoners.id));
    expect(free.bookings[0]).toMatchObject({ priceCents: 0, priceNote: 'Gratis: Bewonersinitiatief' });
    const hourly = await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, stichting.id, { startTime: '13:00', endTime: '15:00', keyHolder: 'x' }),
    );
    expect(hourly.bookings[0]).toMatchObject({ priceCents: 2000, vatPercent: 0 });
    const daypart = await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, stichting.id, { date: '2027-03-10', startTime: '09:00', endTime: '13:00' }),
    );
    expect(daypart.bookings[0].priceCents).toBe(3500);
    const zaalPrice = await ok(
      core,
      token,
      'bookings.create',
      single(zaal.id, stichting.id, { startTime: '09:00', endTime: '10:30', setupMinutes: 0, teardownMinutes: 30 }),
    );
    expect(zaalPrice.bookings[0]).toMatchObject({ priceCents: 4000, vatPercent: 21 });
    const exempt = await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, stichting.id, { date: '2027-03-11', exemption: 'beperking' }),
    );
    expect(exempt.bookings[0]).toMatchObject({ priceCents: 0, priceNote: 'Vrijgesteld: beperking' });
    const discount = await ok(
      core,
      token,
      'bookings.create',
      single(kamer.id, stichting.id, { date: '2027-03-12', discountCents: 500, discountReason: 'Vaste huurder' }),
    );
    expect(discount.bookings[0].priceCents).toBe(1500);
  });

  it('keeps the price of existing bookings when a new rate takes effect', async () => {
    const { core, token, kamer, sociaal, stichting } = await house();
    const old = await ok(core, token, 'bookings.create', single(kamer.id, stichting.id));
    await ok(core, token, 'tariffs.create', {
      categoryId: sociaal.id,
      roomId: null,
      validFrom: '2027-03-01',
      hourlyCents: 1500,
      daypartCents: null,
      vatPercent: 0,
    });
    const newer = await ok(core, token, 'bookings.create', single(kamer.id, stichting.id, { date: '2027-03-16' }));
    expect((await ok(core, token, 'bookings.get', { id: old.ids[0] })).booking.priceCents).toBe(2000);
    expect(newer.bookings[0].priceCents).toBe(3000);
  });

  it('refuses a negative rate and a discount without a reason', async () => {
    const { core, token, kamer, sociaal, stichting } = await house();
    expect(
      (
        await fails(core, token, 'tariffs.create', {
          categoryId: sociaal.id,
          validFrom: '2027-01-01',
          hourlyCents: -100,
        })
      ).fieldErrors,
    ).toEqual({ hourlyCents: ['Het uurtarief kan niet negatief zijn.'] });
    expect(
      (await fails(core, token, 'bookings.create', single(kamer.id, stichting.id, { discountCents: 500 }))).fieldErrors,
    ).toEqual({ discountReason: ['Geef een reden voor de korting.'] });
  });
});

describe('bad input', () => {
  it('refuses end before start, zero length, an archived room and an unknown renter, writing nothing', async () => {
    const { core, token, kamer, zaal, bewoners } = await house();
    await ok(core, token, 'rooms.archive', { id: zaal.id });
    const before = fingerprint(core.db);
    expect(
      (
        await fails(
          core,
          token,
          'bookings.create',
          single(kamer.id, bewoners.id, { startTime: '12:00', endTime: '10:00' }),
        )
      ).fieldErrors,
    ).toEqual({ endTime: ['De eindtijd moet na de begintijd liggen.'] });
    expect(
      (
        await fails(
          core,
          token,
          'bookings.create',
          single(kamer.id, bewoners.id, { startTime: '12:00', endTime: '12:00' }),
        )
      ).fieldErrors,
    ).toEqual({ endTime: ['Een boeking van nul minuten kan niet.'] });
    expect((await fails(core, token, 'bookings.create', single(zaal.id, bewoners.id))).fieldErrors).toEqual({
      roomIds: ['Zaal is gearchiveerd: kies een andere ruimte.'],
    });
    expect((await fails(core, token, 'bookings.create', single(kamer.id, 9999))).fieldErrors).toEqual({
      renterId: ['Deze huurder bestaat niet.'],
    });
    expect(
      (await fails(core, token, 'bookings.create', single(kamer.id, bewoners.id, { status: 'optie' }))).fieldErrors,
    ).toEqual({ optionUntil: ['Geef aan tot wanneer de optie geldt.'] });
    expect(
      (await fails(core, token, 'bookings.create', single(kamer.id, bewoners.id, { roomIds: [] }))).fieldErrors,
    ).toEqual({ roomIds: ['Kies minstens één ruimte.'] });
    expect(fingerprint(core.db)).toBe(before);
  });
});
