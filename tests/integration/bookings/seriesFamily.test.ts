import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday } from '../../../db/platform/clock';
import { ok, openCore, setUp } from '../../helpers';
import { bookingHouse, single } from './fixture';
import { today as testToday } from '../../clock';

interface Row {
  id: number;
  start: string;
  end: string;
  title: string;
  status: string;
}

/** A weekly series of eight Tuesdays in March–April of next year, so every date is still to come. */
async function eightTuesdays() {
  const core = await openCore();
  const token = await setUp(core);
  const { kamer, bewoners } = await bookingHouse(core, token);
  const year = Number(testToday().slice(0, 4)) + 1;
  const tuesday = addDays(`${year}-03-08`, (9 - isoWeekday(`${year}-03-08`)) % 7);
  const week = (n: number) => addDays(tuesday, 7 * n);
  const made = await ok(
    core,
    token,
    'bookings.create',
    // Koningsdag may fall on one of the Tuesdays: that warning is not what these tests are about.
    single(kamer.id, bewoners.id, { date: week(0), recurrence: { kind: 'weekly', count: 8 }, confirmWarnings: true }),
  );
  const list = async () =>
    (await ok<Row[]>(core, token, 'bookings.list', { from: week(0), to: week(8), statuses: [] })).sort((a, b) =>
      a.start.localeCompare(b.start),
    );
  return {
    core,
    token,
    ids: made.ids as number[],
    week,
    list,
    base: single(kamer.id, bewoners.id, { confirmWarnings: true }),
  };
}

describe('a series split by "this and following" is still one series for "all"', () => {
  it('edits every occurrence of the original series with "all" from the first, keeping an occurrence edited on its own', async () => {
    const { core, token, ids, week, list, base } = await eightTuesdays();
    // Split from the fifth: a new title and evening hours for the fifth and later.
    await ok(core, token, 'bookings.update', {
      ...base,
      id: ids[4],
      scope: 'following',
      date: week(4),
      startTime: '13:00',
      endTime: '15:00',
      title: 'Tweede helft',
    });
    // One date in the split-off part changed on its own: its exception stays.
    await ok(core, token, 'bookings.update', {
      ...base,
      id: ids[6],
      scope: 'this',
      date: week(6),
      startTime: '16:00',
      endTime: '17:00',
      title: 'Uitzondering',
    });
    await ok(core, token, 'bookings.update', {
      ...base,
      id: ids[0],
      scope: 'all',
      date: week(0),
      startTime: '10:30',
      endTime: '12:30',
      title: 'Hele reeks',
    });
    const rows = await list();
    expect(rows.map((r) => [r.start, r.end.slice(11), r.title])).toEqual(
      [0, 1, 2, 3, 4, 5, 6, 7].map((n) =>
        n === 6 ? [`${week(6)}T16:00`, '17:00', 'Uitzondering'] : [`${week(n)}T10:30`, '12:30', 'Hele reeks'],
      ),
    );
    // Both parts keep the series' new times, so the booking screen shows them.
    const first = await ok(core, token, 'bookings.get', { id: ids[0] });
    const later = await ok(core, token, 'bookings.get', { id: ids[7] });
    expect(first.history[0].summary).toContain('(alle komende: 7 keer)');
    expect(later.history[0].summary).toContain('(alle komende: 7 keer)');
  });

  it('"this and following" from an earlier part also reaches the part split off later', async () => {
    const { core, token, ids, week, list, base } = await eightTuesdays();
    await ok(core, token, 'bookings.update', {
      ...base,
      id: ids[4],
      scope: 'following',
      date: week(4),
      startTime: '13:00',
      endTime: '15:00',
      title: 'Tweede helft',
    });
    await ok(core, token, 'bookings.update', {
      ...base,
      id: ids[2],
      scope: 'following',
      date: week(2),
      startTime: '09:30',
      endTime: '11:30',
      title: 'Vanaf drie',
    });
    const rows = await list();
    expect(rows.map((r) => r.title)).toEqual([
      'Bijeenkomst',
      'Bijeenkomst',
      ...Array.from({ length: 6 }, () => 'Vanaf drie'),
    ]);
    expect(rows.slice(2).every((r) => r.start.endsWith('T09:30'))).toBe(true);
  });

  it('cancels every coming occurrence of the family with "all"', async () => {
    const { core, token, ids, week, list, base } = await eightTuesdays();
    await ok(core, token, 'bookings.update', {
      ...base,
      id: ids[4],
      scope: 'following',
      date: week(4),
      title: 'Tweede helft',
    });
    const cancelled = await ok(core, token, 'bookings.cancel', { id: ids[0], scope: 'all', reason: 'Cursus vervalt' });
    expect(cancelled.ids).toHaveLength(8);
    expect((await list()).every((r) => r.status === 'geannuleerd')).toBe(true);
  });
});
