import type { Db } from '../../platform/database';
import { ApiError } from '../../platform/errors';
import { compose, msg } from '../../platform/messages';
import { MAX_BOOKING_MINUTES, type BookingCreate } from './schemas';
import { formatCents, formatCentsEn, minutesBetween } from '../../platform/clock';
import { conflictsFor, describeConflict, spanOf, type Conflict, type Span } from './occupancy';
import { warningsFor } from './warnings';
import { priceFor } from './tariffs';
import { getRenter, type Renter } from './renters';
import { getRoom } from '../building/rooms';
import { ruleDates, type SeriesRule } from './recurrence';

/** What a booking is, apart from when: the same for every occurrence of a series. */
export type Fields = Omit<
  BookingCreate,
  'recurrence' | 'skipConflicts' | 'confirmWarnings' | 'date' | 'startTime' | 'endTime' | 'endsNextDay'
>;

type TimedFields = Fields & { startTime: string; endTime: string; endsNextDay: boolean };

/** One date of a booking or series as it would be saved: its times, what is in the way, and its price. */
export interface Planned {
  date: string;
  span: Span;
  conflicts: Conflict[];
  warnings: string[];
  priceCents: number;
  priceNote: string;
  vatPercent: number;
}

const fieldsOf = ({ recurrence: _r, skipConflicts: _s, confirmWarnings: _c, ...rest }: BookingCreate) => rest;

export function checkRooms(db: Db, roomIds: number[], keep: number[] = []): void {
  for (const roomId of roomIds) {
    const room = db.prepare('SELECT active FROM rooms WHERE id = ?').get(roomId) as { active: number } | undefined;
    if (!room) throw ApiError.field('roomIds', msg('Deze ruimte bestaat niet.', 'This room does not exist.'));
    if (!room.active && !keep.includes(roomId))
      throw ApiError.field(
        'roomIds',
        msg(
          `${getRoom(db, roomId).name} is gearchiveerd: kies een andere ruimte.`,
          `${getRoom(db, roomId).name} is archived: choose another room.`,
        ),
      );
  }
}

export function activeRenter(db: Db, renterId: number, keepId?: number): Renter {
  const renter = getRenter(db, renterId);
  if (!renter.active && renter.id !== keepId)
    throw ApiError.field(
      'renterId',
      msg(
        `${renter.name} is gearchiveerd: kies een andere huurder of zet deze terug.`,
        `${renter.name} is archived: choose another renter or restore this one.`,
      ),
    );
  return renter;
}

/** Each date planned on its own; `today` decides which options still hold their rooms. */
export function plan(
  db: Db,
  today: string,
  fields: TimedFields,
  renter: Renter,
  dates: string[],
  exclude: number[] = [],
): Planned[] {
  return dates.map((date) => {
    const span = spanOf(
      date,
      fields.startTime,
      fields.endTime,
      fields.endsNextDay,
      fields.setupMinutes,
      fields.teardownMinutes,
    );
    if (minutesBetween(span.busyFrom, span.busyTo) > MAX_BOOKING_MINUTES)
      throw ApiError.field('endTime', msg('Een boeking duurt hoogstens een week.', 'A booking lasts at most a week.'));
    const price = priceFor(
      db,
      renter,
      fields.roomIds,
      span.busyFrom,
      span.busyTo,
      fields.exemption,
      fields.discountCents,
    );
    const warnings = warningsFor(db, {
      roomIds: fields.roomIds,
      span,
      expectedPeople: fields.expectedPeople,
      layout: fields.layout,
      renter,
      keyHolder: fields.keyHolder,
    });
    if (price.missingTariff)
      warnings.push(
        msg(
          `Geen tarief gevonden voor ${renter.tariffCategoryName} in (een van) deze ruimtes: controleer de prijs (nu ${formatCents(price.cents)}).`,
          `No tariff found for ${renter.tariffCategoryName} in (one of) these rooms: check the price (now ${formatCentsEn(price.cents)}).`,
        ),
      );
    return {
      date,
      span,
      conflicts: conflictsFor(db, fields.roomIds, span, today, exclude),
      warnings,
      priceCents: price.cents,
      priceNote: price.note,
      vatPercent: price.vatPercent,
    };
  });
}

function datesOf(input: BookingCreate): { dates: string[]; rule: SeriesRule | null } {
  if (!input.recurrence) return { dates: [input.date], rule: null };
  const rule = { kind: input.recurrence.kind, until: input.recurrence.until, count: input.recurrence.count };
  const skip = new Set(input.recurrence.skipDates);
  return { dates: ruleDates(rule, input.date).filter((d) => !skip.has(d)), rule };
}

/** Plans a new booking or series after checking its rooms and renter (the preview and the save). */
export function planNew(
  db: Db,
  today: string,
  input: BookingCreate,
): { planned: Planned[]; rule: SeriesRule | null; renter: Renter } {
  checkRooms(db, input.roomIds);
  const renter = activeRenter(db, input.renterId);
  const { dates, rule } = datesOf(input);
  return { planned: plan(db, today, fieldsOf(input), renter, dates), rule, renter };
}

export function requireConfirmation(planned: Planned[], confirmed: boolean): void {
  const warnings = [...new Set(planned.flatMap((p) => p.warnings))];
  if (warnings.length && !confirmed) {
    throw new ApiError('NEEDS_CONFIRMATION', msg('Bevestig eerst de waarschuwingen.', 'Confirm the warnings first.'), {
      warnings,
    });
  }
}

export function refuseConflicts(conflicting: Planned[]): void {
  if (!conflicting.length) return;
  const all = conflicting.flatMap((p) => p.conflicts.map(describeConflict));
  const head =
    conflicting.length === 1
      ? all[0]!
      : compose((t, lang) =>
          lang === 'nl'
            ? `Op ${conflicting.length} data is een ruimte al bezet. ${t(all[0]!)}`
            : `On ${conflicting.length} dates a room is already taken. ${t(all[0]!)}`,
        );
  throw new ApiError('CONFLICT', head, { conflicts: all });
}
