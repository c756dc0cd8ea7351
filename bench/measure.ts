import { openHouse } from '../db/house';
import { rmSync } from 'node:fs';
import { addDays, isoWeekday } from '../db/platform/clock';
import { Core } from '../db/platform/core';
import { connect, type Db } from '../db/platform/database';
import { dispatch } from '../db/contract/dispatch';
import { quarterRange } from '../db/modules/attendance/reports';
import { BENCH_USER } from './generate';
import { row, time, type Row, type Target } from './rows';

/** The targets for the core rows, against the bare SQLite baseline in the same run. */
const CREATE: Target = { maxRatio: 1.5 };
const NEAR_SQLITE: Target = { maxRatio: 5 };

export async function signIn(core: Core): Promise<string> {
  const r = await dispatch(core, 'auth.login', { username: BENCH_USER.username, password: BENCH_USER.password }, null);
  if (!r.ok || !r.session || !('set' in r.session)) throw new Error(`auth.login: ${JSON.stringify(r)}`);
  return r.session.set;
}

export function must(core: Core, token: string) {
  return async (name: string, input: unknown) => {
    const r = await dispatch(core, name, input, token);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.value;
  };
}

/** Bookings made by the measurement itself go after every booking there is (earlier runs' included), one free slot each. */
export function freeSlot(from: string, roomIds: number[], k: number) {
  const slots = [
    ['08:00', '09:00'],
    ['09:30', '10:30'],
    ['11:00', '12:00'],
    ['12:30', '13:30'],
    ['14:00', '15:00'],
    ['15:30', '16:30'],
    ['17:00', '18:00'],
    ['18:30', '19:30'],
    ['20:00', '21:00'],
  ] as const;
  const perDay = roomIds.length * slots.length;
  const date = addDays(from, Math.floor(k / perDay));
  const [start, end] = slots[Math.floor(k / roomIds.length) % slots.length]!;
  return { date, start, end, roomId: roomIds[k % roomIds.length]! };
}

/** The booking the measurement makes in the k-th free slot, as the desk makes one. */
export function benchBooking(from: string, roomIds: number[], renterId: number, k: number) {
  const s = freeSlot(from, roomIds, k);
  return {
    roomIds: [s.roomId],
    renterId,
    title: 'Vergadering',
    date: s.date,
    startTime: s.start,
    endTime: s.end,
    status: 'bevestigd',
    confirmWarnings: true,
  };
}

/**
 * The hot paths of the core on the generated database, each next to a bare indexed SQLite query
 * doing the least work that gives the same answer, on a second connection to the same file.
 */
export async function measureCore(
  dataDir: string,
  opts: { today: string; until: string; quick: boolean },
): Promise<Row[]> {
  const budgetMs = opts.quick ? 1500 : 4000;
  const core = await openHouse({ dataDir });
  const token = await signIn(core);
  const call = must(core, token);
  const raw: Db = connect(core.paths.dbFile);
  const rows: Row[] = [];
  try {
    const roomIds = (
      raw.prepare('SELECT id FROM rooms WHERE active = 1 ORDER BY sort_order, id').all() as { id: number }[]
    ).map((r) => r.id);
    const renterId = (
      raw.prepare('SELECT id FROM renters WHERE active = 1 ORDER BY id LIMIT 1').get() as { id: number }
    ).id;
    const userId = (raw.prepare('SELECT id FROM users WHERE username = ?').get(BENCH_USER.username) as { id: number })
      .id;
    const last = (raw.prepare('SELECT max(start) AS s FROM bookings').get() as { s: string }).s.slice(0, 10);
    const createFrom = addDays(last > opts.until ? last : opts.until, 1);
    const bareFrom = addDays(createFrom, 30);

    // 1. A booking as the desk makes it: dispatch, one transaction with conflict check, price, warnings and audit row, fsync.
    const create = await time(
      async (k) => {
        await call('bookings.create', benchBooking(createFrom, roomIds, renterId, k));
      },
      { budgetMs, max: 300 },
    );
    const conflict = raw.prepare(
      `SELECT 1 FROM booking_rooms WHERE room_id = ? AND active = 1 AND busy_from >= ? AND busy_from < ? AND busy_to > ? LIMIT 1`,
    );
    const insertBooking = raw.prepare(
      `INSERT INTO bookings (renter_id, title, start, end, status, created_at, updated_at) VALUES (?, 'Vergadering', ?, ?, 'bevestigd', ?, ?)`,
    );
    const insertRoom = raw.prepare(
      'INSERT INTO booking_rooms (booking_id, room_id, busy_from, busy_to) VALUES (?, ?, ?, ?)',
    );
    const insertAudit = raw.prepare(
      `INSERT INTO audit_log (at, user_id, user_name, method, entity, entity_id, summary) VALUES (?, ?, 'bench', 'bookings.create', 'bookings', ?, 'Vergadering')`,
    );
    const bareCreate = raw.transaction((k: number) => {
      const s = freeSlot(bareFrom, roomIds, k);
      const from = `${s.date}T${s.start}`;
      const to = `${s.date}T${s.end}`;
      if (conflict.get(s.roomId, addDays(s.date, -8), to, from)) throw new Error('slot taken');
      const id = Number(insertBooking.run(renterId, from, to, from, from).lastInsertRowid);
      insertRoom.run(id, s.roomId, from, to);
      insertAudit.run(from, userId, String(id));
    });
    const bare = await time((k) => bareCreate.immediate(k), { budgetMs, max: 300 });
    rows.push(row('booking: create with conflict check and audit row', create, bare, CREATE));

    // 2. The agenda's week of all rooms: exactly what the resource week view asks for.
    const monday = addDays(opts.today, 1 - isoWeekday(opts.today));
    const weekInput = {
      from: monday,
      to: addDays(monday, 6),
      roomIds: [],
      renterId: null,
      statuses: ['optie', 'aanvraag', 'bevestigd'],
    };
    const week = await time(() => call('bookings.list', weekInput), { budgetMs });
    const weekBare =
      raw.prepare(`SELECT b.id, b.title, b.start, b.end, b.status, r.name, br.room_id FROM bookings b JOIN renters r ON r.id = b.renter_id
      JOIN booking_rooms br ON br.booking_id = b.id WHERE b.start >= ? AND b.start < ? AND b.status <> 'geannuleerd'`);
    rows.push(
      row(
        `calendar: week of ${roomIds.length} rooms (bookings.list)`,
        week,
        await time(() => weekBare.all(`${monday}T00:00`, `${addDays(monday, 7)}T00:00`), { budgetMs }),
        NEAR_SQLITE,
      ),
    );

    // 3. Roster gaps and building coverage, next four weeks.
    const range = { from: opts.today, to: addDays(opts.today, 27) };
    const gapsBare =
      raw.prepare(`SELECT s.id, n.role_id, n.count, (SELECT count(*) FROM assignments a WHERE a.shift_id = s.id AND a.role_id = n.role_id AND a.status = 'ingepland') AS filled
      FROM shifts s JOIN shift_needs n ON n.shift_id = s.id WHERE s.start >= ? AND s.start < ? AND s.cancelled = 0`);
    const gapsBareStats = await time(() => gapsBare.all(`${range.from}T00:00`, `${addDays(range.to, 1)}T00:00`), {
      budgetMs,
    });
    rows.push(
      row(
        'roster: gaps, next 4 weeks (roster.gaps)',
        await time(() => call('roster.gaps', range), { budgetMs }),
        gapsBareStats,
        NEAR_SQLITE,
      ),
    );
    const coverBookings = raw.prepare(
      `SELECT b.start, b.end, b.key_holder FROM bookings b WHERE b.start >= ? AND b.start < ? AND b.status <> 'geannuleerd'`,
    );
    const coverShifts = raw.prepare(
      `SELECT s.start, s.end, a.role_id, a.volunteer_id FROM shifts s JOIN assignments a ON a.shift_id = s.id WHERE s.start >= ? AND s.start < ? AND s.cancelled = 0 AND a.status = 'ingepland'`,
    );
    const coverBare = () => {
      coverBookings.all(`${range.from}T00:00`, `${addDays(range.to, 1)}T00:00`);
      coverShifts.all(`${range.from}T00:00`, `${addDays(range.to, 1)}T00:00`);
    };
    rows.push(
      row(
        'roster: building coverage, next 4 weeks (roster.coverage)',
        await time(() => call('roster.coverage', range), { budgetMs }),
        await time(coverBare, { budgetMs }),
        NEAR_SQLITE,
      ),
    );

    // 4. The quarterly report: reach per priority group, per month, activity and category, and occupancy.
    const month = Number(opts.today.slice(5, 7));
    const lastQuarter =
      month <= 3
        ? { year: Number(opts.today.slice(0, 4)) - 1, quarter: 4 }
        : { year: Number(opts.today.slice(0, 4)), quarter: Math.floor((month - 1) / 3) };
    const q = quarterRange(lastQuarter.year, lastQuarter.quarter);
    const reachBare = raw.prepare(
      `SELECT b.band_id, sum(b.count) FROM session_band_counts b JOIN sessions s ON s.id = b.session_id WHERE s.date BETWEEN ? AND ? AND s.cancelled = 0 GROUP BY b.band_id`,
    );
    rows.push(
      row(
        `report: quarterly reach per priority group (reports.quarterly ${lastQuarter.year} Q${lastQuarter.quarter})`,
        await time(() => call('reports.quarterly', lastQuarter), { budgetMs }),
        await time(() => reachBare.all(q.from, q.to), { budgetMs }),
        NEAR_SQLITE,
      ),
    );
    // The longest period the API reports on (five years of the attendance rows), per quarter: the issue asks ≤ 100 ms.
    const five = { from: addDays(q.to, -1825), to: q.to, granularity: 'quarter' };
    rows.push(
      row(
        'report: reach per quarter over five years (reports.attendance)',
        await time(() => call('reports.attendance', five), { warmup: 1, min: 3, max: 10, budgetMs }),
        await time(() => reachBare.all(five.from, five.to), { warmup: 1, min: 3, max: 10, budgetMs }),
        { ...NEAR_SQLITE, max: 100 },
        { note: 'the longest period the API allows' },
      ),
    );

    // 5. Vandaag.
    const todayBookings = raw.prepare(
      `SELECT b.id, b.title, b.start, b.end FROM bookings b WHERE b.start >= ? AND b.start < ? AND b.status <> 'geannuleerd'`,
    );
    const todayShifts = raw.prepare(
      'SELECT s.id, a.volunteer_id FROM shifts s LEFT JOIN assignments a ON a.shift_id = s.id WHERE s.start >= ? AND s.start < ?',
    );
    const handovers = raw.prepare('SELECT id FROM logbook_entries WHERE handover = 1 AND acknowledged_at IS NULL');
    const dashBare = () => {
      todayBookings.all(`${opts.today}T00:00`, `${addDays(opts.today, 15)}T00:00`);
      todayShifts.all(`${opts.today}T00:00`, `${addDays(opts.today, 1)}T00:00`);
      handovers.all();
    };
    rows.push(
      row(
        'Vandaag dashboard (dashboard.today)',
        await time(() => call('dashboard.today', {}), { budgetMs }),
        await time(dashBare, { budgetMs }),
        NEAR_SQLITE,
      ),
    );

    // 6. The committee's ledger of the last complete year.
    const year = raw
      .prepare('SELECT id, year FROM budget_years WHERE year < ? ORDER BY year DESC LIMIT 1')
      .get(Number(opts.today.slice(0, 4))) as { id: number; year: number };
    // The same answer in bare statements: the rounds' totals, the payments per round, and each round's
    // granted applications with their payments (what the ledger's table lists), read as plain arrays.
    const roundsBare = raw.prepare(
      `SELECT r.id, r.ceiling_cents, coalesce(sum(a.granted_cents), 0), coalesce(sum(a.released_cents), 0)
       FROM budget_rounds r LEFT JOIN budget_applications a ON a.round_id = r.id WHERE r.year_id = ? GROUP BY r.id`,
    );
    const paymentsBare = raw.prepare(
      `SELECT x.round_id, sum(p.amount_cents) FROM budget_rounds r JOIN budget_applications x ON x.round_id = r.id
       JOIN budget_payments p ON p.application_id = x.id WHERE r.year_id = ? GROUP BY x.round_id`,
    );
    const linesBare = raw.prepare(
      `SELECT a.id, a.number, a.title, a.applicant_name, a.status, a.decided_on, a.requested_cents, a.granted_cents,
         a.released_cents, a.spent_cents, coalesce(sum(p.amount_cents), 0)
       FROM budget_applications a LEFT JOIN budget_payments p ON p.application_id = a.id
       WHERE a.round_id = ? AND a.granted_cents > 0 GROUP BY a.id ORDER BY a.decided_on, a.number`,
    );
    const ledgerBare = {
      all: (yearId: number) => {
        const rounds = roundsBare.raw(true).all(yearId) as [number, ...unknown[]][];
        paymentsBare.raw(true).all(yearId);
        return rounds.flatMap(([roundId]) => linesBare.raw(true).all(roundId));
      },
    };
    rows.push(
      row(
        `committee ledger ${year.year} (budget.ledger)`,
        await time(() => call('budget.ledger', { yearId: year.id, roundId: null }), { budgetMs }),
        await time(() => ledgerBare.all(year.id), { budgetMs }),
        NEAR_SQLITE,
      ),
    );
  } finally {
    raw.close();
    core.close();
  }

  // 7. Opening at start after a clean close (the usual start: application id, migrations up to date,
  // pragmas; the full quick_check is skipped for an untouched file), and after a crash (with it).
  const open = await time(async () => (await openHouse({ dataDir })).close(), { warmup: 2, min: 5, max: 30, budgetMs });
  const bareOpen = await time(
    () => {
      const db = connect(`${dataDir}/wijkhuis.sqlite`);
      db.pragma('user_version');
      db.close();
    },
    { warmup: 2, min: 5, max: 30, budgetMs },
  );
  rows.push(row('open database at start (Core.open)', open, bareOpen, NEAR_SQLITE));
  const afterCrash = await time(
    async () => {
      rmSync(`${dataDir}/wijkhuis.sqlite.afgesloten.json`, { force: true });
      (await openHouse({ dataDir })).close();
    },
    { warmup: 1, min: 3, max: 10, budgetMs },
  );
  const bareCheck = await time(
    () => {
      const db = connect(`${dataDir}/wijkhuis.sqlite`);
      db.pragma('quick_check');
      db.close();
    },
    { warmup: 1, min: 3, max: 10, budgetMs },
  );
  rows.push(
    row('open database after a crash, with the full quick_check (Core.open)', afterCrash, bareCheck, NEAR_SQLITE, {
      note: 'only after an unclean exit, a changed file, or once a week',
    }),
  );
  return rows;
}
