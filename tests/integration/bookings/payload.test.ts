/**
 * What screens download (issue 19): renters searched and paged in the core, never sent whole; the calendar's
 * short rows with names once; the options tab with only what it shows.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../db/platform/core';
import { fails, ok, openCore, setUp, tokenFor } from '../../helpers';
import { bookingHouse, single } from './fixture';
import { addDays } from '../../../db/platform/clock';
import { today as testToday } from '../../clock';

type Choice = { id: number; name: string; tariffCategoryName: string; keyRights: boolean; active: boolean };
type Search = { rows: Choice[]; more: boolean; chosen: Choice[] };

let core: Core;
let token: string;
let house: Awaited<ReturnType<typeof bookingHouse>>;

beforeEach(async () => {
  core = await openCore();
  token = await setUp(core);
  house = await bookingHouse(core, token);
  // 30 more renters: "Buurthuis 01".."Buurthuis 25" and five whose name has "buurt" inside, one archived.
  for (let i = 1; i <= 25; i++)
    await ok(core, token, 'renters.create', {
      name: `Buurthuis ${String(i).padStart(2, '0')}`,
      type: 'organisatie',
      tariffCategoryId: house.sociaal.id,
    });
  for (const name of ['Aa de Buurtkamer', 'Zz Oude Buurtwinkel', 'Mm Buurt_Net', 'Kk 100% Buurt', 'Oud Buurtcomité'])
    await ok(core, token, 'renters.create', { name, type: 'bewonersgroep', tariffCategoryId: house.gratis.id });
  const old = (core.db.prepare("SELECT id FROM renters WHERE name = 'Oud Buurtcomité'").get() as { id: number }).id;
  await ok(core, token, 'renters.archive', { id: old });
});

describe('renters.search', () => {
  it('sends at most limit matches, the names that begin with the text first, and says there are more', async () => {
    const r = await ok<Search>(core, token, 'renters.search', { search: 'buurt', limit: 20 });
    expect(r.rows).toHaveLength(20);
    expect(r.more).toBe(true);
    expect(r.rows.every((x) => x.name.startsWith('Buurthuis'))).toBe(true);
    const all = await ok<Search>(core, token, 'renters.search', { search: 'buurt', limit: 50 });
    expect(all.more).toBe(false);
    // Prefix matches by name, then the rest by name; archived renters are not offered.
    expect(all.rows.map((x) => x.name).slice(25)).toEqual([
      'Aa de Buurtkamer',
      'Kk 100% Buurt',
      'Mm Buurt_Net',
      'Zz Oude Buurtwinkel',
    ]);
    expect(Object.keys(all.rows[0]!).sort()).toEqual(
      ['active', 'id', 'keyRights', 'name', 'tariffCategoryId', 'tariffCategoryName'].sort(),
    );
  });

  it('takes % and _ literally, finds archived renters on request, and returns the chosen ones by id', async () => {
    expect((await ok<Search>(core, token, 'renters.search', { search: '100%' })).rows.map((x) => x.name)).toEqual([
      'Kk 100% Buurt',
    ]);
    expect((await ok<Search>(core, token, 'renters.search', { search: 't_n' })).rows.map((x) => x.name)).toEqual([
      'Mm Buurt_Net',
    ]);
    // Unescaped, 'h_i' would match the "hui" of every Buurthuis.
    expect((await ok<Search>(core, token, 'renters.search', { search: 'h_i' })).rows).toEqual([]);
    expect((await ok<Search>(core, token, 'renters.search', { search: 'Oud Buurtcom' })).rows).toEqual([]);
    const archived = await ok<Search>(core, token, 'renters.search', {
      search: 'Oud Buurtcom',
      includeArchived: true,
    });
    expect(archived.rows.map((x) => [x.name, x.active])).toEqual([['Oud Buurtcomité', false]]);
    const chosen = await ok<Search>(core, token, 'renters.search', {
      search: 'geen-enkele-naam',
      ids: [house.bewoners.id, archived.rows[0]!.id],
    });
    expect(chosen.rows).toEqual([]);
    expect(chosen.chosen.map((x) => [x.name, x.keyRights, x.tariffCategoryName])).toEqual([
      ['Bewonersgroep Oost', true, 'Bewonersinitiatief'],
      ['Oud Buurtcomité', false, 'Bewonersinitiatief'],
    ]);
  });

  it('without text, the first renters by name; refuses a limit above 50 and the desk and committee roles', async () => {
    const first = await ok<Search>(core, token, 'renters.search', {});
    expect(first.rows).toHaveLength(20);
    expect(first.rows[0]!.name).toBe('Aa de Buurtkamer');
    expect((await fails(core, token, 'renters.search', { limit: 51 })).code).toBe('VALIDATION');
    const coordinator = await tokenFor(core, token, 'coordinator');
    expect((await ok<Search>(core, coordinator, 'renters.search', { search: 'Stichting' })).rows).toHaveLength(1);
    for (const role of ['balie', 'commissie'] as const) {
      const other = await tokenFor(core, token, role);
      expect((await fails(core, other, 'renters.search', {})).code).toBe('FORBIDDEN');
    }
  });
});

describe('renters.list pages', () => {
  it('one page at a time with more, searched and filtered in the core', async () => {
    const page = (input: object) => ok<{ rows: { name: string }[]; more: boolean }>(core, token, 'renters.list', input);
    const first = await page({ limit: 10 });
    expect(first.rows).toHaveLength(10);
    expect(first.more).toBe(true);
    const rest = await page({ limit: 50, offset: 10 });
    expect(rest.more).toBe(false);
    // 2 from the fixture, 25 + 5 made here, one of them archived.
    expect(first.rows.length + rest.rows.length).toBe(31);
    expect(new Set([...first.rows, ...rest.rows].map((r) => r.name)).size).toBe(31);
    expect((await page({ search: 'buurt', type: 'bewonersgroep' })).rows.map((r) => r.name)).toEqual([
      'Aa de Buurtkamer',
      'Kk 100% Buurt',
      'Mm Buurt_Net',
      'Zz Oude Buurtwinkel',
    ]);
    expect((await page({ search: 'buurt', type: 'bewonersgroep', includeArchived: true })).rows).toHaveLength(5);
    expect((await fails(core, token, 'renters.list', { limit: 201 })).code).toBe('VALIDATION');
  });
});

describe('bookings.calendar', () => {
  it('the same bookings as bookings.list, as short rows with the names once', async () => {
    await ok(core, token, 'bookings.create', single(house.zaal.id, house.bewoners.id, { title: 'Koor' }));
    await ok(core, token, 'bookings.create', {
      ...single(house.kamer.id, house.stichting.id, { title: 'Overleg', startTime: '13:00', endTime: '14:00' }),
      roomIds: [house.kamer.id, house.zaal.id],
      status: 'optie',
      optionUntil: '2027-03-05',
      confirmWarnings: true,
    });
    const range = { from: '2027-03-08', to: '2027-03-14' };
    const list = await ok<{ id: number; title: string; renterName: string; roomNames: string[] }[]>(
      core,
      token,
      'bookings.list',
      range,
    );
    const cal = await ok<{
      bookings: { id: number; title: string; renterId: number; roomIds: number[] }[];
      renters: Record<string, string>;
      rooms: Record<string, string>;
    }>(core, token, 'bookings.calendar', range);
    expect(cal.bookings.map((b) => b.id)).toEqual(list.map((b) => b.id));
    expect(cal.bookings.map((b) => [b.title, cal.renters[b.renterId], b.roomIds.map((id) => cal.rooms[id])])).toEqual(
      list.map((b) => [b.title, b.renterName, b.roomNames]),
    );
    expect(Object.keys(cal.bookings[0]!).sort()).toEqual(
      ['end', 'id', 'renterId', 'roomIds', 'start', 'status', 'title'].sort(),
    );
    // The filter is that of bookings.list.
    const onlyKamer = await ok<{ bookings: { title: string }[]; rooms: object }>(core, token, 'bookings.calendar', {
      ...range,
      roomIds: [house.kamer.id],
    });
    expect(onlyKamer.bookings.map((b) => b.title)).toEqual(['Overleg']);
    const balie = await tokenFor(core, token, 'balie');
    expect((await fails(core, balie, 'bookings.calendar', range)).code).toBe('FORBIDDEN');
  });

  it('bookings.options sends what the options tab shows', async () => {
    const o = await ok<{ expiring: object[]; released: object[] }>(core, token, 'bookings.options', {});
    for (const row of [...o.expiring, ...o.released])
      expect(Object.keys(row).sort()).toEqual(
        ['cancelReason', 'end', 'id', 'optionUntil', 'renterName', 'roomNames', 'start', 'status', 'title'].sort(),
      );
  });
});

describe('bookings.series', () => {
  it('one row per series, its first coming time that is not cancelled: what the activity form drew from every booking', async () => {
    const demo = await openCore({ demo: true });
    const admin = await setUp(demo, true);
    const range = { from: testToday(), to: addDays(testToday(), 56) };
    const all = await ok<
      { seriesId: number | null; status: string; title: string; start: string; roomNames: string[] }[]
    >(demo, admin, 'bookings.list', range);
    const first = new Map<number, (typeof all)[number]>();
    for (const b of all)
      if (b.seriesId !== null && b.status !== 'geannuleerd' && !first.has(b.seriesId)) first.set(b.seriesId, b);
    expect(first.size).toBeGreaterThan(0);
    const series = await ok<{ seriesId: number; title: string; start: string; roomNames: string[] }[]>(
      demo,
      admin,
      'bookings.series',
      range,
    );
    expect(series.map((s) => [s.seriesId, s.title, s.start, s.roomNames]).sort()).toEqual(
      [...first].map(([id, b]) => [id, b.title, b.start, b.roomNames]).sort(),
    );
  });
});
