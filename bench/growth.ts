/**
 * The growth table: each hot path on the small dataset (a twentieth of everything, over the same ten years)
 * and on the ten-year one, in the same run. Where the answer has the same size on both (one room's week, one
 * booking, one conflict check), the issue asks that twenty times the history costs less than 1.5× the time:
 * an index seek, not a scan. The other paths answer with more on the big dataset and are shown for scale.
 */
import { openHouse } from '../db/house';
import { addDays, isoWeekday } from '../db/platform/clock';
import type { Core } from '../db/platform/core';
import { benchBooking, must, signIn } from './measure';
import { row, stats, type Row } from './rows';

const SAME_SIZE = { maxRatio: 1.5 };
const STATUSES = ['optie', 'aanvraag', 'bevestigd'];

/** The bookings of the fixed week, the same on both datasets: one room, two a day on the five weekdays. */
const FIXTURE_SLOTS = [
  ['09:00', '10:00'],
  ['14:00', '15:00'],
] as const;

interface House {
  core: Core;
  call: (name: string, input: unknown) => Promise<unknown>;
  roomId: number;
  renterId: number;
  /** Monday of the fixed week. */
  monday: string;
  fixtureIds: number[];
  /** Where new bookings of the creation path go: after every booking there is. */
  createFrom: string;
  roomIds: number[];
}

/**
 * Opens a dataset and makes sure its fixed week exists: a week two years ahead, after the generated data,
 * holding exactly the fixture's bookings in the first room (made once per folder, so reruns find the same
 * answer). Both datasets get the same week, so the answer is the same size on both.
 */
async function openDataset(dataDir: string, today: string): Promise<House> {
  const core = await openHouse({ dataDir });
  const call = must(core, await signIn(core));
  const db = core.db;
  const roomIds = (
    db.prepare('SELECT id FROM rooms WHERE active = 1 ORDER BY sort_order, id').all() as { id: number }[]
  ).map((r) => r.id);
  const roomId = roomIds[0]!;
  const renterId = (db.prepare('SELECT id FROM renters WHERE active = 1 ORDER BY id LIMIT 1').get() as { id: number })
    .id;
  const monday = addDays(addDays(today, 1 - isoWeekday(today)), 7 * 104);
  const week = { from: monday, to: addDays(monday, 6), roomIds: [roomId], renterId: null, statuses: STATUSES };
  let fixture = (await call('bookings.list', week)) as { id: number }[];
  if (fixture.length === 0) {
    for (let day = 0; day < 5; day++)
      for (const [startTime, endTime] of FIXTURE_SLOTS)
        await call('bookings.create', {
          roomIds: [roomId],
          renterId,
          title: 'Vaste week (groei)',
          date: addDays(monday, day),
          startTime,
          endTime,
          status: 'bevestigd',
          confirmWarnings: true,
        });
    fixture = (await call('bookings.list', week)) as { id: number }[];
  }
  const last = (db.prepare('SELECT max(start) AS s FROM bookings').get() as { s: string }).s.slice(0, 10);
  return {
    core,
    call,
    roomId,
    renterId,
    monday,
    fixtureIds: fixture.map((b) => b.id),
    createFrom: addDays(last, 1),
    roomIds,
  };
}

interface Path {
  name: string;
  sameSize: boolean;
  run: (h: House, i: number) => Promise<unknown>;
}

function paths(today: string): Path[] {
  const monday = addDays(today, 1 - isoWeekday(today));
  const range = { from: today, to: addDays(today, 27) };
  return [
    {
      name: "one room's week (bookings.list, the fixed week)",
      sameSize: true,
      run: (h) =>
        h.call('bookings.list', {
          from: h.monday,
          to: addDays(h.monday, 6),
          roomIds: [h.roomId],
          renterId: null,
          statuses: STATUSES,
        }),
    },
    {
      name: 'one booking with its history (bookings.get)',
      sameSize: true,
      run: (h) => h.call('bookings.get', { id: h.fixtureIds[0] }),
    },
    {
      name: 'conflict check of a new booking on a taken slot (bookings.preview)',
      sameSize: true,
      run: (h) =>
        h.call('bookings.preview', {
          roomIds: [h.roomId],
          renterId: h.renterId,
          title: 'Vergadering',
          date: addDays(h.monday, 2),
          startTime: '09:30',
          endTime: '10:30',
          status: 'bevestigd',
        }),
    },
    {
      name: 'booking creation (bookings.create, with fsync)',
      sameSize: true,
      run: (h, i) => {
        return h.call('bookings.create', benchBooking(h.createFrom, h.roomIds, h.renterId, i));
      },
    },
    {
      name: 'calendar week of all rooms (bookings.list)',
      sameSize: false,
      run: (h) =>
        h.call('bookings.list', {
          from: monday,
          to: addDays(monday, 6),
          roomIds: [],
          renterId: null,
          statuses: STATUSES,
        }),
    },
    { name: 'roster gaps, 4 weeks (roster.gaps)', sameSize: false, run: (h) => h.call('roster.gaps', range) },
    {
      name: 'building coverage, 4 weeks (roster.coverage)',
      sameSize: false,
      run: (h) => h.call('roster.coverage', range),
    },
    { name: 'Vandaag (dashboard.today)', sameSize: false, run: (h) => h.call('dashboard.today', {}) },
  ];
}

/**
 * Both datasets open side by side; each path is timed in turns (small, ten-year, small, ten-year) so a slow
 * moment of this shared machine falls on both.
 */
export async function measureGrowth(smallDir: string, tenDir: string, opts: { today: string }): Promise<Row[]> {
  const small = await openDataset(smallDir, opts.today);
  const ten = await openDataset(tenDir, opts.today);
  const rows: Row[] = [];
  try {
    // Each dataset its own counter for creation, so every new booking takes a free slot of its own.
    const counters = new Map<House, number>([
      [small, 0],
      [ten, 0],
    ]);
    for (const path of paths(opts.today)) {
      const samples = { small: [] as number[], ten: [] as number[] };
      for (let round = 0; round < 2; round++)
        for (const [house, into] of [
          [small, samples.small],
          [ten, samples.ten],
        ] as const) {
          into.push(...(await turn(path, house, counters)));
        }
      const smallStats = stats(samples.small);
      const tenStats = stats(samples.ten);
      rows.push(
        row(`growth: ${path.name}`, tenStats, smallStats, path.sameSize ? SAME_SIZE : null, {
          note: path.sameSize
            ? 'same answer on both; baseline = small dataset'
            : 'answer grows with the data (for scale); baseline = small dataset',
        }),
      );
    }
  } finally {
    small.core.close();
    ten.core.close();
  }
  return rows;
}

/** One turn of a path on one dataset: three warm-up runs, then samples for about a second (10 to 150). */
async function turn(path: Path, house: House, counters: Map<House, number>): Promise<number[]> {
  const next = () => {
    const i = counters.get(house)!;
    counters.set(house, i + 1);
    return path.run(house, i);
  };
  for (let i = 0; i < 3; i++) await next();
  const samples: number[] = [];
  const until = performance.now() + 1000;
  while (samples.length < 150 && (samples.length < 10 || performance.now() < until)) {
    const t = performance.now();
    await next();
    samples.push(performance.now() - t);
  }
  return samples;
}
