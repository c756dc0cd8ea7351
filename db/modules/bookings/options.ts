import type { Db } from '../../platform/database';
import { addDays, formatDateNl, localDate, localDateTime, type Clock } from '../../platform/clock';
import { writeAudit } from '../../contract/audit';
import { bookingsWhere, type BookingRow } from './bookings';
import { cancelBooking } from './write';

/** What the options tab shows of an option: what, when, where, for whom, and until when or why it went. */
export type OptionRow = Pick<
  BookingRow,
  'id' | 'title' | 'start' | 'end' | 'status' | 'optionUntil' | 'cancelReason' | 'renterName' | 'roomNames'
>;

export const optionView = (b: BookingRow): OptionRow => ({
  id: b.id,
  title: b.title,
  start: b.start,
  end: b.end,
  status: b.status,
  optionUntil: b.optionUntil,
  cancelReason: b.cancelReason,
  renterName: b.renterName,
  roomNames: b.roomNames,
});

/** Options whose last day is within a week of `today`; on the partial index of options. */
export function expiringOptions(db: Db, today: string): BookingRow[] {
  return bookingsWhere(
    db,
    "b.status = 'optie' AND b.option_until BETWEEN ? AND ? ORDER BY b.option_until, b.start",
    today,
    addDays(today, 7),
  );
}

/**
 * Options released for having expired in the 30 days up to `today`, the latest first; on the partial index of
 * cancelled options by when they were cancelled (without it, every booking there is was read).
 */
export function releasedOptions(db: Db, today: string): BookingRow[] {
  return bookingsWhere(
    db,
    "b.status = 'geannuleerd' AND b.option_until IS NOT NULL AND b.cancelled_at >= ? AND b.cancel_reason LIKE 'Optie verlopen%' ORDER BY b.cancelled_at DESC",
    `${addDays(today, -30)}T00:00`,
  );
}

/** Options whose last day has passed become cancelled, with the reason on record. */
export function releaseExpiredOptions(db: Db, clock: Clock): number[] {
  const today = localDate(clock.now());
  return db
    .transaction(() => {
      const expired = db
        .prepare("SELECT id, title, option_until AS until FROM bookings WHERE status = 'optie' AND option_until < ?")
        .all(today) as { id: number; title: string; until: string }[];
      const now = localDateTime(clock.now());
      for (const e of expired) {
        cancelBooking(db, e.id, `Optie verlopen (${formatDateNl(e.until)})`, now);
        writeAudit(db, clock, null, 'bookings.releaseExpiredOptions', {
          entity: 'bookings',
          entityId: e.id,
          summary: `Optie "${e.title}" verlopen op ${e.until} en vrijgegeven`,
        });
      }
      return expired.map((e) => e.id);
    })
    .immediate();
}
