import type { Db } from '../../platform/database';
import type { Statement } from 'better-sqlite3';
import { ApiError } from '../../platform/errors';
import { msg } from '../../platform/messages';
import { MAX_BOOKING_MINUTES, type EXEMPTIONS } from './schemas';
import { addDays } from '../../platform/clock';

export interface BookingRow {
  id: number;
  seriesId: number | null;
  occurrenceDate: string | null;
  detached: boolean;
  renterId: number;
  renterName: string;
  renterKeyRights: boolean;
  title: string;
  activity: string;
  expectedPeople: number | null;
  layout: string;
  start: string;
  end: string;
  setupMinutes: number;
  teardownMinutes: number;
  status: 'optie' | 'aanvraag' | 'bevestigd' | 'geannuleerd';
  optionUntil: string | null;
  cancelReason: string;
  keyHolder: string;
  exemption: (typeof EXEMPTIONS)[number];
  discountCents: number;
  discountReason: string;
  priceCents: number;
  vatPercent: number;
  priceNote: string;
  paymentStatus: 'open' | 'gefactureerd' | 'betaald' | 'kwijtgescholden';
  invoiceId: number | null;
  notes: string;
  roomIds: number[];
  roomNames: string[];
}

const SELECT = `SELECT b.id, b.series_id AS seriesId, b.occurrence_date AS occurrenceDate, b.detached, b.renter_id AS renterId,
  r.name AS renterName, r.key_rights AS renterKeyRights, b.title, b.activity, b.expected_people AS expectedPeople, b.layout, b.start, b.end,
  b.setup_minutes AS setupMinutes, b.teardown_minutes AS teardownMinutes, b.status, b.option_until AS optionUntil,
  b.cancel_reason AS cancelReason, b.key_holder AS keyHolder, b.exemption, b.discount_cents AS discountCents,
  b.discount_reason AS discountReason, b.price_cents AS priceCents, b.vat_percent AS vatPercent, b.price_note AS priceNote,
  b.payment_status AS paymentStatus, b.invoice_id AS invoiceId, b.notes,
  (SELECT json_group_array(json_array(room_id, name)) FROM (SELECT br.room_id, rm.name FROM booking_rooms br JOIN rooms rm ON rm.id = br.room_id WHERE br.booking_id = b.id ORDER BY rm.sort_order)) AS rooms
  FROM bookings b JOIN renters r ON r.id = b.renter_id`;

/**
 * Rows are read as arrays and named here, with the statement's column names kept per statement: a week
 * of the agenda has some 300 bookings of 30 columns, and better-sqlite3's named rows cost more than this.
 */
const columnNames = new WeakMap<Statement, string[]>();

function readBookings(statement: Statement, params: unknown[]): BookingRow[] {
  let names = columnNames.get(statement);
  if (!names) columnNames.set(statement, (names = statement.columns().map((c) => c.name)));
  // The last column is the rooms (id and name, in the rooms' order): one subquery instead of one for the ids and one for the names.
  const last = names.length - 1;
  return (statement.raw(true).all(...params) as unknown[][]).map((values) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < last; i++) row[names[i]!] = values[i];
    row.detached = row.detached === 1;
    row.renterKeyRights = row.renterKeyRights === 1;
    const rooms = JSON.parse(values[last] as string) as [number, string][];
    row.roomIds = rooms.map((r) => r[0]);
    row.roomNames = rooms.map((r) => r[1]);
    return row as unknown as BookingRow;
  });
}

/** Bookings that meet an SQL condition on `b` (bookings) and `r` (their renters), ORDER BY included. */
export function bookingsWhere(db: Db, condition: string, ...params: unknown[]): BookingRow[] {
  return readBookings(db.prepare(`${SELECT} WHERE ${condition}`), params);
}

export function getBooking(db: Db, bookingId: number): BookingRow {
  const [row] = readBookings(db.prepare(`${SELECT} WHERE b.id = ?`), [bookingId]);
  if (!row)
    throw new ApiError(
      'NOT_FOUND',
      msg('Deze boeking bestaat niet (meer).', 'This booking does not exist (any more).'),
    );
  return row;
}

type RangeFilter = { roomIds?: number[]; renterId?: number | null; statuses?: string[] };

/** The condition on `b` for bookings that overlap [from, to] (dates, inclusive) under a filter, with its parameters. */
function rangeCondition(from: string, to: string, filter: RangeFilter) {
  return {
    condition: `b.start >= @lowest AND b.start < @after AND b.end > @from
       AND (@renterId IS NULL OR b.renter_id = @renterId)
       AND (@statuses IS NULL OR b.status IN (SELECT value FROM json_each(@statuses)))
       AND (@roomIds IS NULL OR EXISTS (SELECT 1 FROM booking_rooms x WHERE x.booking_id = b.id AND x.room_id IN (SELECT value FROM json_each(@roomIds))))`,
    params: {
      // Bookings last at most a week, so one starting earlier than that cannot reach into the range.
      lowest: `${addDays(from, -Math.ceil(MAX_BOOKING_MINUTES / 1440))}T00:00`,
      after: `${addDays(to, 1)}T00:00`,
      from: `${from}T00:00`,
      renterId: filter.renterId ?? null,
      statuses: filter.statuses?.length ? JSON.stringify(filter.statuses) : null,
      roomIds: filter.roomIds?.length ? JSON.stringify(filter.roomIds) : null,
    },
  };
}

/** Bookings that overlap [from, to] (dates, inclusive), for the calendar and the day sheet. */
export function bookingsBetween(db: Db, from: string, to: string, filter: RangeFilter = {}): BookingRow[] {
  const { condition, params } = rangeCondition(from, to, filter);
  return bookingsWhere(db, `${condition} ORDER BY b.start, b.id`, params);
}

/** A booking as the calendar draws it: what, when, how sure, for whom and where, by id. */
export interface CalendarRow {
  id: number;
  title: string;
  start: string;
  end: string;
  status: BookingRow['status'];
  renterId: number;
  /** In the house's order of rooms: the first gives the colour. */
  roomIds: number[];
}

/**
 * What the agenda's day, week, month and list draw, and no more: short rows with the renter and rooms by id, each
 * name once in `renters` and `rooms` (id → name). The rest of a booking comes with `bookings.get` when it is opened.
 */
export function calendarBetween(db: Db, from: string, to: string, filter: RangeFilter = {}) {
  const { condition, params } = rangeCondition(from, to, filter);
  const rows = db
    .prepare(
      `SELECT b.id, b.title, b.start, b.end, b.status, b.renter_id AS renterId,
         (SELECT json_group_array(room_id) FROM (SELECT br.room_id FROM booking_rooms br JOIN rooms rm ON rm.id = br.room_id
           WHERE br.booking_id = b.id ORDER BY rm.sort_order, rm.id)) AS roomIds
       FROM bookings b WHERE ${condition} ORDER BY b.start, b.id`,
    )
    .all(params) as (Omit<CalendarRow, 'roomIds'> & { roomIds: string })[];
  const bookings = rows.map((r): CalendarRow => ({ ...r, roomIds: JSON.parse(r.roomIds) as number[] }));
  const names = (sql: string, ids: Set<number>) =>
    Object.fromEntries(
      (db.prepare(sql).all(JSON.stringify([...ids])) as { id: number; name: string }[]).map((r) => [r.id, r.name]),
    ) as Record<number, string>;
  return {
    bookings,
    renters: names(
      'SELECT id, name FROM renters WHERE id IN (SELECT value FROM json_each(?))',
      new Set(bookings.map((b) => b.renterId)),
    ),
    rooms: names(
      'SELECT id, name FROM rooms WHERE id IN (SELECT value FROM json_each(?))',
      new Set(bookings.flatMap((b) => b.roomIds)),
    ),
  };
}

/** A booking series as a choice: its first coming time that is not cancelled, by title, activity, start and rooms. */
export interface SeriesChoice {
  seriesId: number;
  title: string;
  activity: string;
  start: string;
  roomNames: string[];
}

/**
 * The series with a time that is not cancelled starting in [from, to] (dates), each once, by its first such time
 * (SQLite takes the other columns from the row of min(start)): a row per series instead of every booking.
 */
export function seriesBetween(db: Db, from: string, to: string): SeriesChoice[] {
  const rows = db
    .prepare(
      `SELECT b.series_id AS seriesId, b.title, b.activity, min(b.start) AS start,
         (SELECT json_group_array(name) FROM (SELECT rm.name FROM booking_rooms br JOIN rooms rm ON rm.id = br.room_id
           WHERE br.booking_id = b.id ORDER BY rm.sort_order)) AS roomNames
       FROM bookings b WHERE b.start >= ? AND b.start < ? AND b.series_id IS NOT NULL AND b.status <> 'geannuleerd'
       GROUP BY b.series_id ORDER BY start`,
    )
    .all(`${from}T00:00`, `${addDays(to, 1)}T00:00`) as (Omit<SeriesChoice, 'roomNames'> & { roomNames: string })[];
  return rows.map((r) => ({ ...r, roomNames: JSON.parse(r.roomNames) as string[] }));
}

/** The first booking that is not cancelled and starts after `after` and before `before` (date-times). */
export function nextBooking(db: Db, after: string, before: string): BookingRow | null {
  const [row] = bookingsWhere(
    db,
    "b.start > ? AND b.start < ? AND b.status <> 'geannuleerd' ORDER BY b.start, b.id LIMIT 1",
    after,
    before,
  );
  return row ?? null;
}
