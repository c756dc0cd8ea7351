import { describe, expect, it } from 'vitest';
import type { Db } from '../../../db/platform/database';
import type { Core } from '../../../db/platform/core';
import { dispatch } from '../../../db/contract/dispatch';
import { addDays } from '../../../db/platform/clock';
import { openCore, setUp } from '../../helpers';
import { today as testToday } from '../../clock';

/** The plan of a query, flattened; a full `SCAN` of a big table means a missing index. */
function plan(db: Db, sql: string, params: Record<string, unknown> = {}): string {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail).join('\n');
}

const BIG_TABLES = ['bookings', 'booking_rooms', 'audit_log'];

function expectNoFullScan(p: string): void {
  for (const table of BIG_TABLES) expect(p, p).not.toMatch(new RegExp(`^SCAN ${table}\\b(?! USING)`, 'm'));
}

describe('hot queries use their indexes', () => {
  it('the conflict check searches booking_rooms by room and start', async () => {
    const core = await openCore();
    const p = plan(
      core.db,
      `SELECT br.booking_id FROM booking_rooms br JOIN bookings b ON b.id = br.booking_id JOIN rooms r ON r.id = br.room_id
      WHERE br.room_id = 1 AND br.active = 1 AND br.busy_from >= '2027-01-01T00:00' AND br.busy_from < '2027-01-09T00:00' AND br.busy_to > '2027-01-08T00:00'
      AND NOT (b.status = 'optie' AND b.option_until < '2027-01-01')`,
    );
    expect(p).toContain('booking_rooms_busy');
    expectNoFullScan(p);
  });

  it('the calendar range query searches bookings by start', async () => {
    const core = await openCore();
    const p = plan(
      core.db,
      `SELECT b.id FROM bookings b JOIN renters r ON r.id = b.renter_id
      WHERE b.start >= '2027-01-01T00:00' AND b.start < '2027-01-15T00:00' AND b.end > '2027-01-08T00:00'`,
    );
    expect(p).toContain('bookings_start');
    expectNoFullScan(p);
  });

  it('the audit log pages newest first through its index', async () => {
    const core = await openCore();
    const p = plan(core.db, 'SELECT * FROM audit_log ORDER BY at DESC, id DESC LIMIT 100');
    expect(p).toMatch(/audit_log_at/);
    const byEntity = plan(
      core.db,
      "SELECT * FROM audit_log WHERE entity = 'bookings' AND entity_id = '7' ORDER BY at DESC",
    );
    expect(byEntity).toContain('audit_log_entity');
  });
});

/** Tables that grow with the years: a full scan of any of them on a hot path is a missing index. */
const GROWING = new Set([
  'renters',
  'bookings',
  'booking_rooms',
  'booking_series',
  'audit_log',
  'shifts',
  'shift_needs',
  'assignments',
  'sessions',
  'session_counts',
  'session_band_counts',
  'attendance_months',
  'logbook_entries',
  'budget_applications',
  'budget_meeting_items',
  'budget_votes',
  'budget_payments',
  'budget_status_history',
  'volunteer_certificates',
  'activity_links',
]);
const NOT_TABLES = new Set([
  'where',
  'on',
  'join',
  'left',
  'inner',
  'cross',
  'group',
  'order',
  'limit',
  'using',
  'select',
  'set',
  'values',
]);

/** alias → table, from the FROM and JOIN clauses of a statement (the plan names tables by their alias). */
function aliases(sql: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?/gi)) {
    const table = m[1]!.toLowerCase();
    out.set(table, table);
    if (m[2] && !NOT_TABLES.has(m[2].toLowerCase())) out.set(m[2].toLowerCase(), table);
  }
  return out;
}

/** Null for every parameter, so the statement can be explained without its values. */
function nullParams(sql: string): unknown[] {
  const named = [...new Set([...sql.matchAll(/[@$:](\w+)/g)].map((m) => m[1]!))];
  if (named.length) return [Object.fromEntries(named.map((n) => [n, null]))];
  return Array.from({ length: (sql.match(/\?/g) ?? []).length }, () => null);
}

/** Every statement a method prepares while it runs, recorded through the connection's prepare. */
async function statementsOf(core: Core, token: string, name: string, input: unknown): Promise<string[]> {
  const seen = new Set<string>();
  const prepare = core.db.prepare.bind(core.db);
  core.db.prepare = ((sql: string) => {
    seen.add(sql);
    return prepare(sql);
  }) as typeof core.db.prepare;
  try {
    const r = await dispatch(core, name, input, token);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  } finally {
    delete (core.db as { prepare?: unknown }).prepare;
  }
  return [...seen].filter((sql) => /^\s*(SELECT|WITH|UPDATE|DELETE|INSERT)/i.test(sql));
}

function fullScans(db: Db, sql: string): string[] {
  const map = aliases(sql);
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...nullParams(sql)) as { detail: string }[];
  return rows
    .map((r) => /^SCAN (\w+)(?! USING)/.exec(r.detail)?.[1]?.toLowerCase())
    .filter((name): name is string => !!name && GROWING.has(map.get(name) ?? name))
    .map((name) => `${map.get(name) ?? name} in: ${sql.replace(/\s+/g, ' ').slice(0, 160)}`);
}

describe('every hot path the benchmark measures stays on indexes', () => {
  it('no statement of the measured methods scans a growing table in full', async () => {
    const core = await openCore({ demo: true });
    const token = await setUp(core, true);
    const today = testToday();
    const room = (core.db.prepare('SELECT id FROM rooms ORDER BY id LIMIT 1').get() as { id: number }).id;
    const renter = (core.db.prepare('SELECT id FROM renters ORDER BY id LIMIT 1').get() as { id: number }).id;
    const year = (core.db.prepare('SELECT id FROM budget_years ORDER BY year DESC LIMIT 1').get() as { id: number }).id;
    const month = Number(today.slice(5, 7));
    const calls: [string, unknown][] = [
      [
        'bookings.create',
        {
          roomIds: [room],
          renterId: renter,
          title: 'Plan',
          date: addDays(today, 400),
          startTime: '10:00',
          endTime: '11:00',
          status: 'bevestigd',
          confirmWarnings: true,
        },
      ],
      [
        'bookings.list',
        {
          from: today,
          to: addDays(today, 6),
          roomIds: [],
          renterId: null,
          statuses: ['optie', 'aanvraag', 'bevestigd'],
        },
      ],
      [
        'bookings.calendar',
        {
          from: today,
          to: addDays(today, 41),
          roomIds: [room],
          renterId: renter,
          statuses: ['optie', 'aanvraag', 'bevestigd'],
        },
      ],
      ['bookings.options', {}],
      ['bookings.series', { from: today, to: addDays(today, 56) }],
      // What screens fill their renter pickers and the renters page with: searched and paged on the name index.
      ['renters.search', { search: 'buurt', ids: [renter], includeArchived: false, limit: 20 }],
      ['renters.search', { search: '', ids: [], includeArchived: true, limit: 20 }],
      ['renters.list', { search: 'buurt', type: 'organisatie', includeArchived: false, limit: 50, offset: 50 }],
      ['renters.list', {}],
      ['volunteers.list', { search: '', status: null, roleId: null, limit: 51, offset: 50 }],
      ['roster.gaps', { from: today, to: addDays(today, 27) }],
      ['roster.coverage', { from: today, to: addDays(today, 27) }],
      ['roster.week', { from: today, to: addDays(today, 6) }],
      ['reports.quarterly', { year: Number(today.slice(0, 4)), quarter: Math.ceil(month / 3) }],
      // Whole months from the month sums, the days before and after from the counts.
      ['reports.attendance', { from: addDays(today, -1825), to: addDays(today, -3), granularity: 'quarter' }],
      ['dashboard.today', {}],
      ['volunteers.choices', {}],
      ['activities.walkIns', {}],
      ['audit.list', { limit: 50, offset: 0 }],
      ['audit.list', { entity: 'bookings', limit: 50, offset: 0 }],
      ['budget.ledger', { yearId: year, roundId: null }],
      // Tellingen brings only its own range in line with the bookings when it opens.
      ['attendance.sync', { from: addDays(today, -6), to: today }],
    ];
    const scans: string[] = [];
    for (const [name, input] of calls) {
      const statements = await statementsOf(core, token, name, input);
      expect(statements.length, name).toBeGreaterThan(0);
      for (const sql of statements) scans.push(...fullScans(core.db, sql).map((s) => `${name}: ${s}`));
    }
    expect(scans).toEqual([]);
  });

  it('the check recognises a full scan when there is one', async () => {
    const core = await openCore();
    expect(fullScans(core.db, "SELECT b.id FROM bookings b WHERE b.title = 'x'")).toHaveLength(1);
    expect(fullScans(core.db, "SELECT b.id FROM bookings b WHERE b.start >= '2027-01-01'")).toEqual([]);
  });
});
