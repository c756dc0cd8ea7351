import type { Db } from '../../platform/database';
import type { Span } from './occupancy';
import type { Fields, Planned } from './plan';

function writeRooms(db: Db, bookingId: number, roomIds: number[], span: Span): void {
  db.prepare('DELETE FROM booking_rooms WHERE booking_id = ?').run(bookingId);
  const insert = db.prepare(
    'INSERT INTO booking_rooms (booking_id, room_id, busy_from, busy_to, active) VALUES (?, ?, ?, ?, 1)',
  );
  for (const roomId of roomIds) insert.run(bookingId, roomId, span.busyFrom, span.busyTo);
}

export function insertBooking(db: Db, f: Fields, p: Planned, seriesId: number | null, now: string): number {
  const bookingId = Number(
    db
      .prepare(
        `INSERT INTO bookings (series_id, occurrence_date, renter_id, title, activity, expected_people, layout, start, end, setup_minutes,
           teardown_minutes, status, option_until, key_holder, exemption, discount_cents, discount_reason, price_cents, vat_percent, price_note,
           notes, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        seriesId,
        seriesId ? p.date : null,
        f.renterId,
        f.title,
        f.activity,
        f.expectedPeople,
        f.layout,
        p.span.start,
        p.span.end,
        f.setupMinutes,
        f.teardownMinutes,
        f.status,
        f.status === 'optie' ? f.optionUntil : null,
        f.keyHolder,
        f.exemption,
        f.discountCents,
        f.discountReason,
        p.priceCents,
        p.vatPercent,
        p.priceNote,
        f.notes,
        now,
        now,
      ).lastInsertRowid,
  );
  writeRooms(db, bookingId, f.roomIds, p.span);
  return bookingId;
}

/** An invoiced booking keeps the price on its invoice; `detach` marks an occurrence edited apart from its series. */
export function updateBooking(db: Db, bookingId: number, f: Fields, p: Planned, detach: boolean, now: string): void {
  db.prepare(
    `UPDATE bookings SET renter_id = ?, title = ?, activity = ?, expected_people = ?, layout = ?, start = ?, end = ?, setup_minutes = ?,
       teardown_minutes = ?, status = ?, option_until = ?, key_holder = ?, exemption = ?, discount_cents = ?, discount_reason = ?,
       price_cents = CASE WHEN invoice_id IS NULL THEN ? ELSE price_cents END, vat_percent = CASE WHEN invoice_id IS NULL THEN ? ELSE vat_percent END,
       price_note = CASE WHEN invoice_id IS NULL THEN ? ELSE price_note END, notes = ?, detached = detached OR ?, updated_at = ? WHERE id = ?`,
  ).run(
    f.renterId,
    f.title,
    f.activity,
    f.expectedPeople,
    f.layout,
    p.span.start,
    p.span.end,
    f.setupMinutes,
    f.teardownMinutes,
    f.status,
    f.status === 'optie' ? f.optionUntil : null,
    f.keyHolder,
    f.exemption,
    f.discountCents,
    f.discountReason,
    p.priceCents,
    p.vatPercent,
    p.priceNote,
    f.notes,
    detach ? 1 : 0,
    now,
    bookingId,
  );
  writeRooms(db, bookingId, f.roomIds, p.span);
}

/** A cancelled booking frees its rooms but keeps them on record, with the reason. */
export function cancelBooking(db: Db, bookingId: number, reason: string, now: string): void {
  db.prepare(
    "UPDATE bookings SET status = 'geannuleerd', cancel_reason = ?, cancelled_at = ?, updated_at = ? WHERE id = ?",
  ).run(reason, now, now, bookingId);
  db.prepare('UPDATE booking_rooms SET active = 0 WHERE booking_id = ?').run(bookingId);
}
