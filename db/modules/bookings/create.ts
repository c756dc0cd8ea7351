import type { Db } from '../../platform/database';
import type { Ctx } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { msg } from '../../platform/messages';
import type { BookingCreate } from './schemas';
import { formatDateNl, localDate, localDateTime, type Clock } from '../../platform/clock';
import { describeConflict } from './occupancy';
import { getRoom } from '../building/rooms';
import { describeRule } from './recurrence';
import { getBooking } from './bookings';
import { planNew, refuseConflicts, requireConfirmation } from './plan';
import { insertBooking } from './write';
import { insertSeries, seriesAuditId } from './series';
import { mailConfirmation } from './mail';

/** The dates a series leaves out, and why: excepted by the beheerder, or the room was taken. */
function skippedText(excepted: string[], taken: string[]): string {
  const list = (dates: string[]) => dates.map(formatDateNl).join(', ');
  const parts = [
    excepted.length ? `uitgezonderd ${list(excepted)}` : '',
    taken.length ? `overgeslagen want bezet ${list(taken)}` : '',
  ].filter(Boolean);
  return parts.length ? `; ${parts.join('; ')}` : '';
}

/** Saves a booking or series (used by the API and the demo data); the caller audits the summary. */
export function saveNewBookings(db: Db, clock: Clock, input: BookingCreate) {
  const now = localDateTime(clock.now());
  const { planned, rule, renter } = planNew(db, now.slice(0, 10), input);
  const conflicting = planned.filter((p) => p.conflicts.length);
  if (!input.skipConflicts) refuseConflicts(conflicting);
  const free = planned.filter((p) => !p.conflicts.length);
  if (!free.length)
    throw new ApiError(
      'CONFLICT',
      msg(
        'Op geen enkele datum is de ruimte vrij: er is niets geboekt.',
        'The room is free on none of the dates: nothing was booked.',
      ),
      {
        conflicts: conflicting.flatMap((p) => p.conflicts.map(describeConflict)),
      },
    );
  requireConfirmation(free, input.confirmWarnings);

  const takenDates = conflicting.map((p) => p.date);
  const seriesId = rule
    ? insertSeries(
        db,
        {
          rule,
          firstDate: input.date,
          startTime: input.startTime,
          endTime: input.endTime,
          skipDates: [...input.recurrence!.skipDates, ...takenDates].sort(),
        },
        now,
      )
    : null;
  const ids = free.map((p) => insertBooking(db, input, p, seriesId, now));
  const rooms = input.roomIds.map((r) => getRoom(db, r).name).join(', ');
  // The renter by number, not by name: the privacy register calls its name personal, and erasure must leave none behind.
  const what = `"${input.title}" voor huurder #${renter.id} in ${rooms}`;
  const summary = rule
    ? `Reeks ${what}, ${describeRule(rule, input.date)}, ${input.startTime}–${input.endTime}, status ${input.status}: ${ids.length} ${ids.length === 1 ? 'datum' : 'data'} van ` +
      `${formatDateNl(free[0]!.date)} t/m ${formatDateNl(free.at(-1)!.date)}${skippedText(input.recurrence!.skipDates, takenDates)}`
    : `${what}, ${formatDateNl(input.date)} ${input.startTime}–${input.endTime}, status ${input.status}`;
  return { ids, seriesId, skippedDates: takenDates, summary };
}

export function createBookings(ctx: Ctx, input: BookingCreate) {
  const { ids, seriesId, skippedDates, summary } = saveNewBookings(ctx.db, ctx.clock, input);
  ctx.audit({ entity: 'bookings', entityId: seriesId === null ? ids[0] : seriesAuditId(seriesId), summary });
  // An option or a request is not yet a promise: the renter hears when it becomes definite.
  if (input.status === 'bevestigd') mailConfirmation(ctx.db, ctx.clock, ids);
  return { ids, skippedDates, bookings: ids.map((b) => getBooking(ctx.db, b)) };
}

/** What saving would do, date by date, without saving. */
export function previewBookings(ctx: Ctx, input: BookingCreate) {
  const { planned } = planNew(ctx.db, localDate(ctx.clock.now()), input);
  return {
    occurrences: planned.map((p) => ({
      date: p.date,
      start: p.span.start,
      end: p.span.end,
      conflicts: p.conflicts.map(describeConflict),
      warnings: p.warnings,
      priceCents: p.priceCents,
      priceNote: p.priceNote,
    })),
    totalCents: planned.filter((p) => !p.conflicts.length).reduce((s, p) => s + p.priceCents, 0),
  };
}
