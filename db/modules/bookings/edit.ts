import type { Db } from '../../platform/database';
import type { Ctx } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { msg } from '../../platform/messages';
import type { z } from '../../contract/zod';
import type { bookingMove, BookingUpdate } from './schemas';
import { formatCents, formatDateEn, formatDateNl, localDateTime, minutesBetween } from '../../platform/clock';
import { getRenter } from './renters';
import { getRoom } from '../building/rooms';
import { describeChanges } from '../../contract/audit';
import { bookingsWhere, getBooking, type BookingRow } from './bookings';
import { activeRenter, checkRooms, plan, refuseConflicts, requireConfirmation, type Fields } from './plan';
import { updateBooking } from './write';
import { mailAfterEdit } from './mail';
import { familyRoot, inFamily, seriesAuditId, seriesFamily, splitSeries } from './series';

/**
 * The occurrences an edit applies to: this one, this and the later ones, or every coming one of its series,
 * parts split off earlier included (the family): the user edits the series as they created it.
 */
function targetsOf(db: Db, b: BookingRow, scope: BookingUpdate['scope'], today: string): BookingRow[] {
  if (scope === 'this' || b.seriesId === null) return [b];
  const family = inFamily(db, b.seriesId);
  return bookingsWhere(
    db,
    `${family.sql} AND b.status <> 'geannuleerd' AND (b.id = ? OR (b.detached = 0 AND b.start >= ?)) ORDER BY b.start`,
    ...family.ids,
    b.id,
    scope === 'following' ? b.start : `${today}T00:00`,
  );
}

function checkEditable(current: BookingRow, input: BookingUpdate): void {
  if (current.status === 'geannuleerd')
    throw new ApiError(
      'CONFLICT',
      msg('Een geannuleerde boeking kun je niet meer wijzigen.', 'A cancelled booking can no longer be changed.'),
    );
  if (input.scope !== 'this' && current.seriesId !== null && input.date !== current.start.slice(0, 10)) {
    throw ApiError.field(
      'date',
      msg(
        'Een reeks verplaats je niet naar een andere dag. Wijzig alleen deze keer, of annuleer de reeks vanaf hier en maak een nieuwe.',
        'A series cannot be moved to another day. Change only this time, or cancel the series from here and make a new one.',
      ),
    );
  }
}

/**
 * The new times become the series' own: of every part of the family for "all"; for "this and following" of
 * the part split off here and the parts after it.
 */
function retimeSeries(db: Db, bookingId: number, input: BookingUpdate): void {
  const seriesId = (db.prepare('SELECT series_id AS s FROM bookings WHERE id = ?').get(bookingId) as { s: number }).s;
  const own = db.prepare('SELECT first_date AS f FROM booking_series WHERE id = ?').get(seriesId) as { f: string };
  const from = input.scope === 'all' ? '' : own.f;
  const retime = db.prepare('UPDATE booking_series SET start_time = ?, end_time = ? WHERE id = ? AND first_date >= ?');
  for (const id of seriesFamily(db, seriesId)) retime.run(input.startTime, input.endTime, id, from);
}

export function updateBookings(ctx: Ctx, input: BookingUpdate) {
  const { db } = ctx;
  const now = localDateTime(ctx.clock.now());
  const current = getBooking(db, input.id);
  checkEditable(current, input);
  checkRooms(db, input.roomIds, current.roomIds);
  const renter = activeRenter(db, input.renterId, current.renterId);
  const targets = targetsOf(db, current, input.scope, now.slice(0, 10));
  const { id: _id, scope: _scope, confirmWarnings: _c, ...fields } = input;
  const dates = targets.map((t) => (t.id === current.id ? input.date : t.start.slice(0, 10)));
  const planned = plan(
    db,
    now.slice(0, 10),
    fields,
    renter,
    dates,
    targets.map((t) => t.id),
  );
  refuseConflicts(planned.filter((p) => p.conflicts.length));
  requireConfirmation(planned, input.confirmWarnings);

  if (input.scope === 'following' && current.seriesId !== null) splitSeries(db, current, now);
  if (input.scope !== 'this' && current.seriesId !== null) retimeSeries(db, current.id, input);
  targets.forEach((t, i) =>
    updateBooking(db, t.id, fields, planned[i]!, input.scope === 'this' && t.seriesId !== null, now),
  );
  const after = getBooking(db, current.id);
  mailAfterEdit(
    db,
    ctx.clock,
    current,
    targets.map((t) => t.id),
  );
  const scope =
    targets.length > 1
      ? ` (${input.scope === 'following' ? 'deze en volgende' : 'alle komende'}: ${targets.length} keer)`
      : '';
  // An edit of several occurrences belongs to the (possibly new) series, so each of them shows it in its history;
  // one that reached several parts of a split series to the series as created, which every part shows.
  const parts = new Set(targets.map((t) => getBooking(db, t.id).seriesId));
  const seriesId = after.seriesId !== null && parts.size > 1 ? familyRoot(db, after.seriesId) : after.seriesId;
  const entityId = targets.length > 1 && seriesId !== null ? seriesAuditId(seriesId) : current.id;
  ctx.audit({
    entity: 'bookings',
    entityId,
    summary: `Gewijzigd: "${current.title}" ${whenOf(current)}${scope}: ${bookingChanges(current, after)}`,
  });
  return { ids: targets.map((t) => t.id), booking: after };
}

const whenOf = (b: { start: string; end: string }) =>
  `${formatDateNl(b.start.slice(0, 10))} ${b.start.slice(11)}–${b.end.slice(11)}`;

/** What an edit changed, in the words of the booking form, for the audit log and the booking's history. */
function bookingChanges(before: BookingRow, after: BookingRow): string {
  const view = (b: BookingRow) => ({
    title: b.title,
    when: whenOf(b),
    rooms: b.roomNames,
    // By number: a renter's name is personal (privacy register) and must not outlive its erasure in the log.
    renter: `#${b.renterId}`,
    status: b.status,
    optionUntil: b.optionUntil,
    activity: b.activity,
    expectedPeople: b.expectedPeople,
    layout: b.layout,
    setup: `${b.setupMinutes} / ${b.teardownMinutes} min`,
    keyHolder: b.keyHolder,
    exemption: b.exemption,
    discountCents: b.discountCents,
    priceCents: b.priceCents,
    notes: b.notes,
  });
  const plain = (v: unknown) => (v === null || v === '' ? '(leeg)' : String(v));
  const euros = (v: number) => formatCents(v);
  return describeChanges(view(before), view(after), {
    title: 'Titel',
    when: { label: 'Wanneer', show: plain },
    rooms: 'Ruimtes',
    renter: { label: 'Huurder', show: plain },
    status: { label: 'Status', show: plain },
    optionUntil: { label: 'Optie tot', show: (v) => (v ? formatDateNl(v) : '(geen)') },
    activity: 'Activiteit',
    expectedPeople: 'Verwacht aantal personen',
    layout: 'Opstelling',
    setup: { label: 'Opbouw / afbouw', show: plain },
    keyHolder: { label: 'Sleutelhouder', personal: true },
    exemption: { label: 'Vrijstelling', show: plain },
    discountCents: { label: 'Korting', show: euros },
    priceCents: { label: 'Prijs', show: euros },
    notes: { label: 'Notities', onlyMention: true },
  });
}

/** The rooms after a drag: one room swapped for another, or the one room dropped on when it came from elsewhere. */
function movedRooms(db: Db, b: BookingRow, input: z.output<typeof bookingMove>): number[] {
  if (input.toRoomId === null || input.toRoomId === input.fromRoomId) return b.roomIds;
  checkRooms(db, [input.toRoomId]);
  if (b.roomIds.includes(input.toRoomId))
    throw ApiError.field(
      'toRoomId',
      msg('Deze boeking gebruikt die ruimte al.', 'This booking already uses that room.'),
    );
  if (input.fromRoomId === null || !b.roomIds.includes(input.fromRoomId)) return [input.toRoomId];
  return b.roomIds.map((r) => (r === input.fromRoomId ? input.toRoomId! : r));
}

/** A dragged date of a series moves alone: said before it happens, since the rest of the series stays put. */
function seriesWarning(db: Db, b: BookingRow, date: string, roomIds: number[]): string[] {
  if (b.seriesId === null) return [];
  const names = roomIds.map((r) => getRoom(db, r).name).join(', ');
  const same = roomIds.join() === b.roomIds.join();
  return [
    msg(
      `"${b.title}" hoort bij een reeks. Alleen deze keer (${formatDateNl(date)}) wordt verplaatst${same ? '' : ` (naar ${names})`}; de andere keren van de reeks blijven staan.`,
      `"${b.title}" is part of a series. Only this time (${formatDateEn(date)}) is moved${same ? '' : ` (to ${names})`}; the other times of the series stay where they are.`,
    ),
  ];
}

export function moveBooking(ctx: Ctx, input: z.output<typeof bookingMove>) {
  const { db } = ctx;
  const now = localDateTime(ctx.clock.now());
  const b = getBooking(db, input.id);
  if (b.status === 'geannuleerd')
    throw new ApiError(
      'CONFLICT',
      msg('Een geannuleerde boeking kun je niet verplaatsen.', 'A cancelled booking cannot be moved.'),
    );
  if (input.restore) checkRooms(db, input.restore.roomIds, b.roomIds);
  const roomIds = input.restore?.roomIds ?? movedRooms(db, b, input);
  const renter = getRenter(db, b.renterId);
  const fields = {
    ...b,
    status: b.status as Fields['status'],
    roomIds,
    startTime: input.start.slice(11),
    endTime: input.end.slice(11),
    endsNextDay: input.end.slice(0, 10) > input.start.slice(0, 10),
  };
  if (minutesBetween(input.start, input.end) > 24 * 60 && fields.endsNextDay)
    throw ApiError.field(
      'end',
      msg('Sleep een boeking hoogstens tot de volgende dag.', 'Drag a booking no further than the next day.'),
    );
  const [p] = plan(db, now.slice(0, 10), fields, renter, [input.start.slice(0, 10)], [b.id]);
  refuseConflicts(p!.conflicts.length ? [p!] : []);
  const series = input.restore ? [] : seriesWarning(db, b, b.start.slice(0, 10), roomIds);
  requireConfirmation([{ ...p!, warnings: [...series, ...p!.warnings] }], input.confirmWarnings);
  updateBooking(db, b.id, fields, p!, b.seriesId !== null && !input.restore, now);
  if (input.restore && !input.restore.detached) db.prepare('UPDATE bookings SET detached = 0 WHERE id = ?').run(b.id);
  const after = getBooking(db, b.id);
  mailAfterEdit(db, ctx.clock, b, [b.id]);
  ctx.audit({
    entity: 'bookings',
    entityId: b.id,
    summary: `${input.restore ? 'Verplaatsing ongedaan gemaakt' : 'Verplaatst'}: ${b.start}–${b.end.slice(11)} in ${b.roomNames.join(', ')} → ${after.start}–${after.end.slice(11)} in ${after.roomNames.join(', ')}`,
  });
  // What "Ongedaan maken" sends back.
  return { ...after, previous: { start: b.start, end: b.end, roomIds: b.roomIds, detached: b.detached } };
}
