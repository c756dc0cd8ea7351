import type { Db } from '../../platform/database';
import { method, type Ctx } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { id } from '../../contract/fields';
import { z } from '../../contract/zod';
import {
  bookingCancel,
  bookingCreate,
  bookingMove,
  bookingPayment,
  bookingRange,
  bookingUpdate,
  dateInput,
  MAX_BOOKING_MINUTES,
  type EXEMPTIONS,
  type BookingCreate,
  type BookingUpdate,
} from './schemas';
import {
  addDays,
  formatCents,
  formatDateNl,
  localDate,
  localDateTime,
  minutesBetween,
  type Clock,
} from '../../platform/clock';
import { conflictsFor, describeConflict, spanOf, type Conflict, type Span } from './occupancy';
import { warningsFor } from './warnings';
import { priceFor } from './tariffs';
import { getRenter, type Renter } from './renters';
import { getRoom } from '../building/rooms';
import { ruleDates, describeRule, type SeriesRule } from './recurrence';
import { dayStatuses } from '../building/building';
import { describeChanges, writeAudit } from '../../contract/audit';

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
  (SELECT json_group_array(room_id) FROM (SELECT br.room_id FROM booking_rooms br JOIN rooms rm ON rm.id = br.room_id WHERE br.booking_id = b.id ORDER BY rm.sort_order)) AS roomIds,
  (SELECT json_group_array(name) FROM (SELECT rm.name FROM booking_rooms br JOIN rooms rm ON rm.id = br.room_id WHERE br.booking_id = b.id ORDER BY rm.sort_order)) AS roomNames
  FROM bookings b JOIN renters r ON r.id = b.renter_id`;

function toBooking(row: Record<string, unknown>): BookingRow {
  return {
    ...(row as unknown as BookingRow),
    detached: row.detached === 1,
    renterKeyRights: row.renterKeyRights === 1,
    roomIds: JSON.parse(row.roomIds as string) as number[],
    roomNames: JSON.parse(row.roomNames as string) as string[],
  };
}

export function getBooking(db: Db, bookingId: number): BookingRow {
  const row = db.prepare(`${SELECT} WHERE b.id = ?`).get(bookingId) as Record<string, unknown> | undefined;
  if (!row) throw new ApiError('NOT_FOUND', 'Deze boeking bestaat niet (meer).');
  return toBooking(row);
}

/** Bookings that overlap [from, to] (dates, inclusive), for the calendar and the day sheet. */
export function bookingsBetween(
  db: Db,
  from: string,
  to: string,
  filter: { roomIds?: number[]; renterId?: number | null; statuses?: string[] } = {},
): BookingRow[] {
  const rows = db
    .prepare(
      `${SELECT}
       WHERE b.start >= @lowest AND b.start < @after AND b.end > @from
         AND (@renterId IS NULL OR b.renter_id = @renterId)
         AND (@statuses IS NULL OR b.status IN (SELECT value FROM json_each(@statuses)))
         AND (@roomIds IS NULL OR EXISTS (SELECT 1 FROM booking_rooms x WHERE x.booking_id = b.id AND x.room_id IN (SELECT value FROM json_each(@roomIds))))
       ORDER BY b.start, b.id`,
    )
    .all({
      // Bookings last at most a week, so one starting earlier than that cannot reach into the range.
      lowest: `${addDays(from, -Math.ceil(MAX_BOOKING_MINUTES / 1440))}T00:00`,
      after: `${addDays(to, 1)}T00:00`,
      from: `${from}T00:00`,
      renterId: filter.renterId ?? null,
      statuses: filter.statuses?.length ? JSON.stringify(filter.statuses) : null,
      roomIds: filter.roomIds?.length ? JSON.stringify(filter.roomIds) : null,
    }) as Record<string, unknown>[];
  return rows.map(toBooking);
}

/** Options whose last day is within a week of `today`; on the partial index of options. */
export function expiringOptions(db: Db, today: string): BookingRow[] {
  return (
    db
      .prepare(`${SELECT} WHERE b.status = 'optie' AND b.option_until BETWEEN ? AND ? ORDER BY b.option_until, b.start`)
      .all(today, addDays(today, 7)) as Record<string, unknown>[]
  ).map(toBooking);
}

/** The first booking that is not cancelled and starts after `after` and before `before` (date-times). */
export function nextBooking(db: Db, after: string, before: string): BookingRow | null {
  const row = db
    .prepare(`${SELECT} WHERE b.start > ? AND b.start < ? AND b.status <> 'geannuleerd' ORDER BY b.start, b.id LIMIT 1`)
    .get(after, before) as Record<string, unknown> | undefined;
  return row ? toBooking(row) : null;
}

function checkRooms(db: Db, roomIds: number[], keep: number[] = []): void {
  for (const roomId of roomIds) {
    const room = db.prepare('SELECT active FROM rooms WHERE id = ?').get(roomId) as { active: number } | undefined;
    if (!room) throw ApiError.field('roomIds', 'Deze ruimte bestaat niet.');
    if (!room.active && !keep.includes(roomId))
      throw ApiError.field('roomIds', `${getRoom(db, roomId).name} is gearchiveerd: kies een andere ruimte.`);
  }
}

function activeRenter(db: Db, renterId: number, keepId?: number): Renter {
  const renter = getRenter(db, renterId);
  if (!renter.active && renter.id !== keepId)
    throw ApiError.field('renterId', `${renter.name} is gearchiveerd: kies een andere huurder of zet deze terug.`);
  return renter;
}

type Fields = Omit<
  BookingCreate,
  'recurrence' | 'skipConflicts' | 'confirmWarnings' | 'date' | 'startTime' | 'endTime' | 'endsNextDay'
>;

interface Planned {
  date: string;
  span: Span;
  conflicts: Conflict[];
  warnings: string[];
  priceCents: number;
  priceNote: string;
  vatPercent: number;
}

function plan(
  db: Db,
  fields: Fields & { startTime: string; endTime: string; endsNextDay: boolean },
  renter: Renter,
  dates: string[],
  exclude: number[] = [],
): Planned[] {
  const today = localDate();
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
      throw ApiError.field('endTime', 'Een boeking duurt hoogstens een week.');
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
        `Geen tarief gevonden voor ${renter.tariffCategoryName} in (een van) deze ruimtes: controleer de prijs (nu ${formatCents(price.cents)}).`,
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

function requireConfirmation(planned: Planned[], confirmed: boolean): void {
  const warnings = [...new Set(planned.flatMap((p) => p.warnings))];
  if (warnings.length && !confirmed) {
    throw new ApiError('NEEDS_CONFIRMATION', 'Bevestig eerst de waarschuwingen.', { warnings });
  }
}

function refuseConflicts(conflicting: Planned[]): void {
  if (!conflicting.length) return;
  const all = conflicting.flatMap((p) => p.conflicts.map(describeConflict));
  const head = conflicting.length === 1 ? all[0]! : `Op ${conflicting.length} data is een ruimte al bezet. ${all[0]}`;
  throw new ApiError('CONFLICT', head, { conflicts: all });
}

function writeRooms(db: Db, bookingId: number, roomIds: number[], span: Span, active: boolean): void {
  db.prepare('DELETE FROM booking_rooms WHERE booking_id = ?').run(bookingId);
  const insert = db.prepare(
    'INSERT INTO booking_rooms (booking_id, room_id, busy_from, busy_to, active) VALUES (?, ?, ?, ?, ?)',
  );
  for (const roomId of roomIds) insert.run(bookingId, roomId, span.busyFrom, span.busyTo, active ? 1 : 0);
}

function insertBooking(db: Db, f: Fields, p: Planned, seriesId: number | null): number {
  const now = localDateTime();
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
  writeRooms(db, bookingId, f.roomIds, p.span, true);
  return bookingId;
}

function updateRow(db: Db, bookingId: number, f: Fields, p: Planned, detach: boolean): void {
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
    localDateTime(),
    bookingId,
  );
  writeRooms(db, bookingId, f.roomIds, p.span, true);
}

const fieldsOf = ({ recurrence: _r, skipConflicts: _s, confirmWarnings: _c, ...rest }: BookingCreate) => rest;

/** Saves a booking or series (used by the API and the demo data); the caller audits the summary. */
export function saveNewBookings(db: Db, input: BookingCreate) {
  checkRooms(db, input.roomIds);
  const renter = activeRenter(db, input.renterId);
  const { dates, rule } = datesOf(input);
  const planned = plan(db, fieldsOf(input), renter, dates);
  const conflicting = planned.filter((p) => p.conflicts.length);
  if (!input.skipConflicts) refuseConflicts(conflicting);
  const free = planned.filter((p) => !p.conflicts.length);
  if (!free.length)
    throw new ApiError('CONFLICT', 'Op geen enkele datum is de ruimte vrij: er is niets geboekt.', {
      conflicts: conflicting.flatMap((p) => p.conflicts.map(describeConflict)),
    });
  requireConfirmation(free, input.confirmWarnings);

  let seriesId: number | null = null;
  if (rule) {
    const skipped = [...input.recurrence!.skipDates, ...conflicting.map((p) => p.date)].sort();
    seriesId = Number(
      db
        .prepare(
          'INSERT INTO booking_series (rule, first_date, start_time, end_time, skip_dates, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(JSON.stringify(rule), input.date, input.startTime, input.endTime, JSON.stringify(skipped), localDateTime())
        .lastInsertRowid,
    );
  }
  const ids = free.map((p) => insertBooking(db, input, p, seriesId));
  const rooms = input.roomIds.map((r) => getRoom(db, r).name).join(', ');
  const what = `"${input.title}" voor ${renter.name} in ${rooms}`;
  const summary = rule
    ? `Reeks ${what}, ${describeRule(rule, input.date)}, ${input.startTime}–${input.endTime}, status ${input.status}: ${ids.length} ${ids.length === 1 ? 'datum' : 'data'} van ` +
      `${formatDateNl(free[0]!.date)} t/m ${formatDateNl(free.at(-1)!.date)}${skippedText(
        input.recurrence!.skipDates,
        conflicting.map((p) => p.date),
      )}`
    : `${what}, ${formatDateNl(input.date)} ${input.startTime}–${input.endTime}, status ${input.status}`;
  return { ids, seriesId, skippedDates: conflicting.map((p) => p.date), summary };
}

/** The dates a series leaves out, and why: excepted by the beheerder, or the room was taken. */
function skippedText(excepted: string[], taken: string[]): string {
  const list = (dates: string[]) => dates.map(formatDateNl).join(', ');
  const parts = [
    excepted.length ? `uitgezonderd ${list(excepted)}` : '',
    taken.length ? `overgeslagen want bezet ${list(taken)}` : '',
  ].filter(Boolean);
  return parts.length ? `; ${parts.join('; ')}` : '';
}

/** A series is audited once, as the series: each of its bookings shows that row in its history. */
export const seriesAuditId = (seriesId: number) => `reeks-${seriesId}`;

function createBookings(ctx: Ctx, input: BookingCreate) {
  const { ids, seriesId, skippedDates, summary } = saveNewBookings(ctx.db, input);
  ctx.audit({ entity: 'bookings', entityId: seriesId === null ? ids[0] : seriesAuditId(seriesId), summary });
  return { ids, skippedDates, bookings: ids.map((b) => getBooking(ctx.db, b)) };
}

/** The occurrences an edit applies to: this one, this and the later ones, or every coming one of its series. */
function targetsOf(db: Db, b: BookingRow, scope: BookingUpdate['scope']): BookingRow[] {
  if (scope === 'this' || b.seriesId === null) return [b];
  const rows = db
    .prepare(
      `${SELECT} WHERE b.series_id = ? AND b.status <> 'geannuleerd' AND (b.id = ? OR (b.detached = 0 AND b.start >= ?)) ORDER BY b.start`,
    )
    .all(b.seriesId, b.id, scope === 'following' ? b.start : `${localDate()}T00:00`) as Record<string, unknown>[];
  return rows.map(toBooking);
}

function updateBookings(ctx: Ctx, input: BookingUpdate) {
  const { db } = ctx;
  const current = getBooking(db, input.id);
  if (current.status === 'geannuleerd')
    throw new ApiError('CONFLICT', 'Een geannuleerde boeking kun je niet meer wijzigen.');
  if (input.scope !== 'this' && current.seriesId !== null && input.date !== current.start.slice(0, 10)) {
    throw ApiError.field(
      'date',
      'Een reeks verplaats je niet naar een andere dag. Wijzig alleen deze keer, of annuleer de reeks vanaf hier en maak een nieuwe.',
    );
  }
  checkRooms(db, input.roomIds, current.roomIds);
  const renter = activeRenter(db, input.renterId, current.renterId);
  const targets = targetsOf(db, current, input.scope);
  const { id: _id, scope: _scope, confirmWarnings: _c, ...fields } = input;
  const dates = targets.map((t) => (t.id === current.id ? input.date : t.start.slice(0, 10)));
  const planned = plan(
    db,
    fields,
    renter,
    dates,
    targets.map((t) => t.id),
  );
  refuseConflicts(planned.filter((p) => p.conflicts.length));
  requireConfirmation(planned, input.confirmWarnings);

  if (input.scope === 'following' && current.seriesId !== null) splitSeries(db, current);
  if (input.scope !== 'this' && current.seriesId !== null) {
    const seriesId = (db.prepare('SELECT series_id AS s FROM bookings WHERE id = ?').get(current.id) as { s: number })
      .s;
    db.prepare('UPDATE booking_series SET start_time = ?, end_time = ? WHERE id = ?').run(
      input.startTime,
      input.endTime,
      seriesId,
    );
  }
  targets.forEach((t, i) => updateRow(db, t.id, fields, planned[i]!, input.scope === 'this' && t.seriesId !== null));
  const after = getBooking(db, current.id);
  const scope =
    targets.length > 1
      ? ` (${input.scope === 'following' ? 'deze en volgende' : 'alle komende'}: ${targets.length} keer)`
      : '';
  // An edit of several occurrences belongs to the (possibly new) series, so each of them shows it in its history.
  const entityId = targets.length > 1 && after.seriesId !== null ? seriesAuditId(after.seriesId) : current.id;
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
    renter: b.renterName,
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
    keyHolder: 'Sleutelhouder',
    exemption: { label: 'Vrijstelling', show: plain },
    discountCents: { label: 'Korting', show: euros },
    priceCents: { label: 'Prijs', show: euros },
    notes: { label: 'Notities', onlyMention: true },
  });
}

/**
 * "This and following": the old series ends the day before this occurrence, a new series with the
 * same rule starts here and takes over this and the later occurrences.
 */
function splitSeries(db: Db, b: BookingRow): void {
  const series = db.prepare('SELECT * FROM booking_series WHERE id = ?').get(b.seriesId) as {
    rule: string;
    first_date: string;
    start_time: string;
    end_time: string;
    skip_dates: string;
  };
  const splitDate = b.occurrenceDate ?? b.start.slice(0, 10);
  if (splitDate <= series.first_date) return;
  const rule = JSON.parse(series.rule) as SeriesRule;
  const allDates = ruleDates(rule, series.first_date);
  const remaining = allDates.filter((d) => d >= splitDate);
  const newRule: SeriesRule = rule.count ? { ...rule, count: remaining.length } : rule;
  const oldRule: SeriesRule = { kind: rule.kind, until: addDays(splitDate, -1), count: null };
  const skips = JSON.parse(series.skip_dates) as string[];
  db.prepare('UPDATE booking_series SET rule = ?, skip_dates = ? WHERE id = ?').run(
    JSON.stringify(oldRule),
    JSON.stringify(skips.filter((d) => d < splitDate)),
    b.seriesId,
  );
  const newId = Number(
    db
      .prepare(
        'INSERT INTO booking_series (rule, first_date, start_time, end_time, skip_dates, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(
        JSON.stringify(
          remaining.length === 1 && newRule.count ? { ...newRule, count: null, until: splitDate } : newRule,
        ),
        splitDate,
        series.start_time,
        series.end_time,
        JSON.stringify(skips.filter((d) => d >= splitDate)),
        localDateTime(),
      ).lastInsertRowid,
  );
  db.prepare('UPDATE bookings SET series_id = ? WHERE series_id = ? AND occurrence_date >= ?').run(
    newId,
    b.seriesId,
    splitDate,
  );
}

function moveBooking(ctx: Ctx, input: z.output<typeof bookingMove>) {
  const { db } = ctx;
  const b = getBooking(db, input.id);
  if (b.status === 'geannuleerd') throw new ApiError('CONFLICT', 'Een geannuleerde boeking kun je niet verplaatsen.');
  let roomIds = b.roomIds;
  if (input.toRoomId !== null && input.toRoomId !== input.fromRoomId) {
    checkRooms(db, [input.toRoomId]);
    if (b.roomIds.includes(input.toRoomId)) throw ApiError.field('toRoomId', 'Deze boeking gebruikt die ruimte al.');
    roomIds = b.roomIds.map((r) => (r === input.fromRoomId ? input.toRoomId! : r));
    if (input.fromRoomId === null || !b.roomIds.includes(input.fromRoomId)) roomIds = [input.toRoomId];
  }
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
    throw ApiError.field('end', 'Sleep een boeking hoogstens tot de volgende dag.');
  const [p] = plan(db, fields, renter, [input.start.slice(0, 10)], [b.id]);
  refuseConflicts(p!.conflicts.length ? [p!] : []);
  requireConfirmation([p!], input.confirmWarnings);
  updateRow(db, b.id, fields, p!, b.seriesId !== null);
  const after = getBooking(db, b.id);
  ctx.audit({
    entity: 'bookings',
    entityId: b.id,
    summary: `Verplaatst: ${b.start}–${b.end.slice(11)} in ${b.roomNames.join(', ')} → ${after.start}–${after.end.slice(11)} in ${after.roomNames.join(', ')}`,
  });
  return after;
}

function cancelBookings(ctx: Ctx, input: z.output<typeof bookingCancel>) {
  const { db } = ctx;
  const b = getBooking(db, input.id);
  if (b.status === 'geannuleerd') throw new ApiError('CONFLICT', 'Deze boeking is al geannuleerd.');
  // Cancelling ends the series from here on, moved and edited occurrences included.
  const from = input.scope === 'following' ? b.start : `${localDate()}T00:00`;
  const later =
    input.scope === 'this' || b.seriesId === null
      ? []
      : (
          db
            .prepare(`${SELECT} WHERE b.series_id = ? AND b.status <> 'geannuleerd' AND b.start >= ? AND b.id <> ?`)
            .all(b.seriesId, from, b.id) as Record<string, unknown>[]
        ).map(toBooking);
  const targets = [b, ...later];
  const now = localDateTime();
  for (const t of targets) {
    db.prepare(
      "UPDATE bookings SET status = 'geannuleerd', cancel_reason = ?, cancelled_at = ?, updated_at = ? WHERE id = ?",
    ).run(input.reason, now, now, t.id);
    db.prepare('UPDATE booking_rooms SET active = 0 WHERE booking_id = ?').run(t.id);
  }
  ctx.audit({
    entity: 'bookings',
    entityId: b.id,
    summary: `Geannuleerd: "${b.title}" ${b.start}${targets.length > 1 ? ` en ${targets.length - 1} volgende` : ''}; reden: ${input.reason}`,
  });
  return { ids: targets.map((t) => t.id) };
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
        db.prepare(
          "UPDATE bookings SET status = 'geannuleerd', cancel_reason = ?, cancelled_at = ?, updated_at = ? WHERE id = ?",
        ).run(`Optie verlopen (${formatDateNl(e.until)})`, now, now, e.id);
        db.prepare('UPDATE booking_rooms SET active = 0 WHERE booking_id = ?').run(e.id);
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

const READERS = ['beheerder', 'coordinator'] as const;
const DESK = ['beheerder', 'coordinator', 'balie'] as const;

export const bookingMethods = {
  'bookings.list': method({
    description: 'Boekingen in een periode (voor de agenda), te filteren op ruimtes, huurder en status.',
    access: READERS,
    mode: 'read',
    input: bookingRange,
    handler: ({ db }, q) => bookingsBetween(db, q.from, q.to, q),
  }),
  'bookings.get': method({
    description: 'Eén boeking met haar reeks en haar geschiedenis uit het auditlog.',
    access: READERS,
    mode: 'read',
    input: z.object({ id }),
    handler: ({ db }, input) => {
      const booking = getBooking(db, input.id);
      const series =
        booking.seriesId === null
          ? null
          : (() => {
              const s = db
                .prepare(
                  'SELECT rule, first_date AS firstDate, skip_dates AS skipDates FROM booking_series WHERE id = ?',
                )
                .get(booking.seriesId) as { rule: string; firstDate: string; skipDates: string };
              const rule = JSON.parse(s.rule) as SeriesRule;
              const count = (
                db
                  .prepare("SELECT count(*) AS n FROM bookings WHERE series_id = ? AND status <> 'geannuleerd'")
                  .get(booking.seriesId) as { n: number }
              ).n;
              return {
                id: booking.seriesId,
                rule,
                description: describeRule(rule, s.firstDate),
                firstDate: s.firstDate,
                skipDates: JSON.parse(s.skipDates) as string[],
                activeCount: count,
              };
            })();
      const history = db
        .prepare(
          "SELECT at, user_name AS userName, method, summary FROM audit_log WHERE entity = 'bookings' AND entity_id IN (?, ?) ORDER BY at DESC, id DESC",
        )
        .all(String(input.id), booking.seriesId === null ? String(input.id) : seriesAuditId(booking.seriesId));
      return { booking, series, history };
    },
  }),
  'bookings.preview': method({
    description:
      'Controleert een nieuwe boeking of reeks zonder op te slaan: elke datum met bezette ruimtes, waarschuwingen en prijs.',
    access: ['beheerder'],
    mode: 'read',
    input: bookingCreate,
    handler: ({ db }, input) => {
      checkRooms(db, input.roomIds);
      const renter = activeRenter(db, input.renterId);
      const { dates } = datesOf(input);
      const planned = plan(db, fieldsOf(input), renter, dates);
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
    },
  }),
  'bookings.create': method({
    description:
      'Legt een boeking of een reeks vast. Controle op bezetting en opslaan gebeuren in één transactie; bezette data worden alleen overgeslagen met skipConflicts, waarschuwingen vragen confirmWarnings.',
    access: ['beheerder'],
    mode: 'write',
    input: bookingCreate,
    handler: createBookings,
  }),
  'bookings.update': method({
    description:
      'Wijzigt een boeking: alleen deze (scope this), deze en volgende (following) of alle komende van de reeks (all). Los gewijzigde keren blijven zoals ze zijn.',
    access: ['beheerder'],
    mode: 'write',
    input: bookingUpdate,
    handler: updateBookings,
  }),
  'bookings.move': method({
    description:
      'Verplaatst één keer naar een andere tijd of ruimte (slepen in de agenda), opnieuw gecontroleerd op bezetting.',
    access: ['beheerder'],
    mode: 'write',
    input: bookingMove,
    handler: moveBooking,
  }),
  'bookings.cancel': method({
    description:
      'Annuleert een boeking (deze, deze en volgende, of alle komende) met een reden; de geschiedenis blijft.',
    access: ['beheerder'],
    mode: 'write',
    input: bookingCancel,
    handler: cancelBookings,
  }),
  'bookings.setPayment': method({
    description: 'Zet de betaalstatus van een boeking (open, gefactureerd, betaald, kwijtgescholden).',
    access: ['beheerder'],
    mode: 'write',
    input: bookingPayment,
    handler: ({ db, audit }, input) => {
      const b = getBooking(db, input.id);
      db.prepare('UPDATE bookings SET payment_status = ?, updated_at = ? WHERE id = ?').run(
        input.paymentStatus,
        localDateTime(),
        input.id,
      );
      audit({
        entity: 'bookings',
        entityId: input.id,
        summary: `Betaalstatus: ${b.paymentStatus} → ${input.paymentStatus}`,
      });
      return getBooking(db, input.id);
    },
  }),
  'bookings.day': method({
    description:
      'Het dagoverzicht voor de balie: alle boekingen van een dag met ruimte, opstelling, sleutelhouder en notities.',
    access: DESK,
    mode: 'read',
    input: dateInput,
    handler: ({ db }, { date }) => {
      const bookings = bookingsBetween(db, date, date).filter((b) => b.status !== 'geannuleerd');
      const contacts = db.prepare('SELECT contact_person AS contactPerson, phone FROM renters WHERE id = ?');
      return {
        day: dayStatuses(db, date, 1)[0]!,
        bookings: bookings.map((b) => ({
          ...b,
          contact: contacts.get(b.renterId) as { contactPerson: string; phone: string },
          keyHolderShown: b.keyHolder || (b.renterKeyRights ? `${b.renterName} (sleutelrecht)` : ''),
        })),
      };
    },
  }),
  'bookings.foyer': method({
    description:
      'Voor het scherm in de hal: wat er vandaag nog is en wat daarna komt (alleen bevestigde boekingen, zonder namen van huurders).',
    access: DESK,
    mode: 'read',
    input: z.object({}).default({}),
    handler: ({ db }) => {
      const now = localDateTime().slice(0, 16);
      const today = now.slice(0, 10);
      const shown = (b: BookingRow) => ({
        id: b.id,
        title: b.title,
        activity: b.activity,
        start: b.start,
        end: b.end,
        roomNames: b.roomNames,
      });
      const rows = bookingsBetween(db, today, addDays(today, 14), { statuses: ['bevestigd'] });
      return {
        now,
        today: rows.filter((b) => b.start.slice(0, 10) <= today && b.end > now).map(shown),
        next: rows
          .filter((b) => b.start.slice(0, 10) > today)
          .slice(0, 6)
          .map(shown),
      };
    },
  }),
  'bookings.options': method({
    description: 'Opties die binnen een week verlopen en opties die de afgelopen 30 dagen zijn vrijgegeven.',
    access: READERS,
    mode: 'read',
    input: z.object({}).default({}),
    handler: ({ db }) => {
      const today = localDate();
      const expiring = expiringOptions(db, today);
      const released = (
        db
          .prepare(
            `${SELECT} WHERE b.status = 'geannuleerd' AND b.option_until IS NOT NULL AND b.cancel_reason LIKE 'Optie verlopen%' AND b.cancelled_at >= ? ORDER BY b.cancelled_at DESC`,
          )
          .all(`${addDays(today, -30)}T00:00`) as Record<string, unknown>[]
      ).map(toBooking);
      return { expiring, released };
    },
  }),
};
