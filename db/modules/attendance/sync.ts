import type { Db } from '../../platform/database';
import { addDays, type Clock } from '../../platform/clock';
import { writeAudit } from '../../contract/audit';

/**
 * Sessions follow their linked bookings (see syncSessions for one activity): the daily routine brings all
 * of them in line, a screen only the range it shows. Both find the differences in one statement and write
 * only those.
 */

/** A linked booking whose session is missing or differs from it: the result of the diff below. */
interface SessionDiff {
  activityId: number;
  activityName: string;
  bookingId: number;
  start: string;
  end: string;
  cancelled: number;
  sessionId: number | null;
}

/**
 * The linked bookings (of active activities) whose session is missing, or whose times or cancellation
 * differ from it, out of the pairs (activity, booking) in `linked`: one statement, looking each pair's
 * session up by `sessions_booking`. Nothing is read into JavaScript for the bookings already in line.
 */
const DIFF = `SELECT k.activity_id AS activityId, a.name AS activityName, b.id AS bookingId, b.start, b.end,
    b.status = 'geannuleerd' AS cancelled, s.id AS sessionId
  FROM linked k JOIN activities a ON a.id = k.activity_id JOIN bookings b ON b.id = k.booking_id
  LEFT JOIN sessions s ON s.activity_id = k.activity_id AND s.booking_id = b.id
  WHERE a.active = 1 AND (s.id IS NULL OR s.start <> b.start OR s.end <> b.end OR s.cancelled <> (b.status = 'geannuleerd'))
  ORDER BY k.activity_id, b.id`;

/** Every linked booking of all history: the daily routine's pairs. */
const ALL_LINKED = `WITH linked(activity_id, booking_id) AS (
    SELECT l.activity_id, l.booking_id FROM activity_links l WHERE l.booking_id IS NOT NULL
    UNION SELECT l.activity_id, b.id FROM activity_links l JOIN bookings b ON b.series_id = l.series_id WHERE l.series_id IS NOT NULL)`;

/**
 * The pairs a screen showing [from, to] needs in line: linked bookings that start in the range (by
 * `bookings_start`, then their links by `activity_links_booking` and `activity_links_series`), and the
 * sessions dated in the range (by `sessions_date`) whose booking is still linked, wherever it went: a
 * booking moved out of the range takes its session along.
 */
const LINKED_IN_RANGE = `WITH linked(activity_id, booking_id) AS (
    SELECT l.activity_id, b.id FROM bookings b CROSS JOIN activity_links l ON l.booking_id = b.id
      WHERE b.start >= @from AND b.start < @after
    UNION SELECT l.activity_id, b.id FROM bookings b CROSS JOIN activity_links l ON l.series_id = b.series_id
      WHERE b.start >= @from AND b.start < @after AND b.series_id IS NOT NULL
    UNION SELECT s.activity_id, s.booking_id FROM sessions s CROSS JOIN bookings b ON b.id = s.booking_id
      WHERE s.date >= @fromDate AND s.date <= @toDate
        AND EXISTS (SELECT 1 FROM activity_links l WHERE l.activity_id = s.activity_id AND (l.booking_id = b.id OR l.series_id = b.series_id)))`;

/** Makes and moves the sessions the diff found, with one audit row per activity that changed. */
function applyDiff(db: Db, clock: Clock, rows: SessionDiff[]): number {
  const insert = db.prepare(
    'INSERT INTO sessions (activity_id, booking_id, date, start, end, cancelled) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const update = db.prepare('UPDATE sessions SET date = ?, start = ?, end = ?, cancelled = ? WHERE id = ?');
  const perActivity = new Map<number, { name: string; created: number; updated: number }>();
  for (const r of rows) {
    const counts = perActivity.get(r.activityId) ?? { name: r.activityName, created: 0, updated: 0 };
    perActivity.set(r.activityId, counts);
    if (r.sessionId === null) {
      insert.run(r.activityId, r.bookingId, r.start.slice(0, 10), r.start, r.end, r.cancelled);
      counts.created++;
    } else {
      update.run(r.start.slice(0, 10), r.start, r.end, r.cancelled, r.sessionId);
      counts.updated++;
    }
  }
  for (const [activityId, c] of perActivity)
    writeAudit(db, clock, null, 'attendance.sync', {
      entity: 'activities',
      entityId: activityId,
      summary: `Sessies van "${c.name}" bijgewerkt: ${c.created} nieuw, ${c.updated} gewijzigd`,
    });
  return rows.length;
}

/**
 * Brings every active activity's sessions in line with its bookings (the daily routine): one statement
 * finds what differs over all history, and only that is written.
 */
export function syncAllSessions(db: Db, clock: Clock): number {
  return db
    .transaction(() => applyDiff(db, clock, db.prepare(`${ALL_LINKED} ${DIFF}`).all() as SessionDiff[]))
    .immediate();
}

/**
 * Brings the sessions of [from, to] (dates) in line with their bookings, for a screen that shows that
 * range: new and moved bookings starting in it, and sessions dated in it whose booking moved away or was
 * cancelled. What lies outside the range waits for the daily routine (or the screen that shows it).
 */
export function syncSessionsBetween(db: Db, clock: Clock, from: string, to: string): number {
  const diff = db.prepare(`${LINKED_IN_RANGE} ${DIFF}`);
  const params = { from: `${from}T00:00`, after: `${addDays(to, 1)}T00:00`, fromDate: from, toDate: to };
  // Read first: most openings find nothing to do and need no write lock.
  if (!diff.get(params)) return 0;
  return db.transaction(() => applyDiff(db, clock, diff.all(params) as SessionDiff[])).immediate();
}
