import type { Db } from '../../platform/database';
import { addDays, formatDateIn, formatDateNl, localDate, localDateTime, type Clock } from '../../platform/clock';
import { writeAudit } from '../../contract/audit';
import { bookingsWhere, type BookingRow } from './bookings';
import { cancelBooking } from './write';
import { groupBySeries, mailCancellation } from './mail';

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
      const rows = expired.length
        ? bookingsWhere(
            db,
            `b.id IN (${expired.map(() => '?').join(',')}) ORDER BY b.start`,
            ...expired.map((e) => e.id),
          )
        : [];
      for (const e of expired) {
        cancelBooking(db, e.id, `Optie verlopen (${formatDateNl(e.until)})`, now);
        writeAudit(db, clock, null, 'bookings.releaseExpiredOptions', {
          entity: 'bookings',
          entityId: e.id,
          summary: `Optie "${e.title}" verlopen op ${e.until} en vrijgegeven`,
        });
      }
      for (const group of groupBySeries(rows)) {
        const until = group[0]!.optionUntil!;
        mailCancellation(db, clock, group, (lang) =>
          lang === 'en'
            ? `the option ran until ${formatDateIn(until, 'en')} and has expired, so the room is free again.`
            : `de optie liep tot en met ${formatDateIn(until, 'nl')} en is verlopen. De ruimte is weer vrij.`,
        );
      }
      return expired.map((e) => e.id);
    })
    .immediate();
}
