import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { rangeInput } from './schemas';
import { addDays, clockMinutes } from '../../platform/clock';
import { dayStatuses } from '../building/building';
import { MAX_BOOKING_MINUTES } from '../bookings/schemas';
import { getSettings } from '../system/settings';

export interface CoverageGap {
  date: string;
  start: string;
  end: string;
  missing: ('bhv' | 'sleutelhouder')[];
  /** Why the building needs cover then: open hours, or a booking outside the beheerder's hours. */
  reasons: string[];
}

const DAY = 24 * 60;
const hhmm = (m: number) =>
  m >= DAY ? '24:00' : `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** The minutes [from, to) of one day that a span covers; spans over midnight are clipped to the day. */
function minutesOf(day: string, start: string, end: string): [number, number] {
  const from = start.slice(0, 10) < day ? 0 : start.slice(0, 10) > day ? DAY : clockMinutes(start.slice(11));
  const to = end.slice(0, 10) > day ? DAY : end.slice(0, 10) < day ? 0 : clockMinutes(end.slice(11));
  return [from, Math.max(from, to)];
}

/** Marks [from, to) of one day's minute array. */
function mark(day: string, arr: Uint8Array, start: string, end: string, flag = 1): void {
  const [from, to] = minutesOf(day, start, end);
  arr.fill(flag, from, to);
}

const MISSING_BHV = 1;
const MISSING_KEY = 2;
const OPEN = 4;
const BOOKING = 8;

/** What one minute state means: the parts of a gap. */
function gapOf(date: string, start: number, end: number, state: number): CoverageGap {
  const missing: CoverageGap['missing'] = [];
  if (state & MISSING_BHV) missing.push('bhv');
  if (state & MISSING_KEY) missing.push('sleutelhouder');
  const reasons: string[] = [];
  if (state & OPEN) reasons.push('open');
  if (state & BOOKING) reasons.push('boeking buiten de uren van de beheerder');
  return { date, start: hhmm(start), end: hhmm(end), missing, reasons };
}

/**
 * The bookings that need cover in the range: only what the rule reads (times and who holds a key),
 * not cancelled and not a lapsed option, found by start through `bookings_start`.
 */
function coverBookings(db: Db, from: string, to: string) {
  return db
    .prepare(
      `SELECT b.start, b.end, b.key_holder AS keyHolder, r.key_rights AS renterKeyRights FROM bookings b JOIN renters r ON r.id = b.renter_id
       WHERE b.start >= @lowest AND b.start < @after AND b.end > @from AND b.status <> 'geannuleerd'
         AND NOT (b.status = 'optie' AND b.option_until IS NOT NULL AND b.option_until < @fromDate)
       ORDER BY b.start, b.id`,
    )
    .all({
      // Bookings last at most a week, so one starting earlier than that cannot reach into the range.
      lowest: `${addDays(from, -Math.ceil(MAX_BOOKING_MINUTES / 1440))}T00:00`,
      after: `${addDays(to, 1)}T00:00`,
      from: `${from}T00:00`,
      fromDate: from,
    }) as { start: string; end: string; keyHolder: string; renterKeyRights: number }[];
}

/**
 * The shifts of the range that are not cancelled, each with whether someone planned on it (and not
 * marked as a no-show) holds a BHV certificate valid that day, and whether someone holds a key-holder
 * role: one statement, instead of a shift's assignments and needs and each volunteer's certificates one by one.
 */
function coverShifts(db: Db, from: string, to: string) {
  return db
    .prepare(
      `SELECT s.date, s.start, s.end,
         EXISTS (SELECT 1 FROM assignments a JOIN volunteer_certificates c ON c.volunteer_id = a.volunteer_id AND c.kind = 'bhv'
           WHERE a.shift_id = s.id AND a.status = 'ingepland' AND a.no_show = 0
             AND (c.expires_on IS NULL OR c.expires_on >= s.date) AND (c.issued_on IS NULL OR c.issued_on <= s.date)) AS bhv,
         EXISTS (SELECT 1 FROM assignments a JOIN volunteer_roles r ON r.id = a.role_id
           WHERE a.shift_id = s.id AND a.status = 'ingepland' AND a.no_show = 0 AND r.is_key_holder = 1) AS key
       FROM shifts s WHERE s.start >= ? AND s.start < ? AND s.cancelled = 0 ORDER BY s.start, s.id`,
    )
    .all(`${from}T00:00`, `${addDays(to, 1)}T00:00`) as {
    date: string;
    start: string;
    end: string;
    bhv: number;
    key: number;
  }[];
}

/**
 * The building coverage rule: whenever the house is open, and whenever a booking runs outside the
 * beheerder's hours, at least one BHV'er and one key holder are on duty. On duty are the beheerder
 * during the beheerder's hours (when the setting says the beheerder counts), volunteers planned on a
 * shift (BHV by a valid certificate that day, key holder by their role on that shift), and for a
 * booking its own key holder (a renter with sleutelrecht, or the named key holder). Returns every
 * uncovered period with what is missing.
 */
export function coverageGaps(db: Db, from: string, to: string): CoverageGap[] {
  const days = dayStatuses(db, from, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1);
  const bookings = coverBookings(db, from, to);
  const shifts = coverShifts(db, from, to);
  const beheerderCovers = getSettings(db).beheerderCovers;
  const gaps: CoverageGap[] = [];
  for (const day of days) {
    const needOpen = new Uint8Array(DAY);
    const needBooking = new Uint8Array(DAY);
    const bhv = new Uint8Array(DAY);
    const key = new Uint8Array(DAY);
    const beheerder = new Uint8Array(DAY);
    for (const o of day.open) mark(day.date, needOpen, `${day.date}T${o.start}`, `${day.date}T${o.end}`);
    for (const h of day.beheerder) mark(day.date, beheerder, `${day.date}T${h.start}`, `${day.date}T${h.end}`);
    if (beheerderCovers) {
      bhv.set(beheerder);
      key.set(beheerder);
    }
    for (const b of bookings) {
      if (b.start.slice(0, 10) > day.date || b.end.slice(0, 10) < day.date) continue;
      const [first, after] = minutesOf(day.date, b.start, b.end);
      for (let m = first; m < after; m++) if (!beheerder[m]) needBooking[m] = 1;
      if (b.renterKeyRights || b.keyHolder.trim()) mark(day.date, key, b.start, b.end);
    }
    for (const s of shifts.filter((x) => x.date === day.date)) {
      if (s.bhv) mark(day.date, bhv, s.start, s.end);
      if (s.key) mark(day.date, key, s.start, s.end);
    }
    // One number per minute (what is missing and why) instead of arrays: a month has forty thousand minutes.
    let start = 0;
    let current = 0;
    for (let m = 0; m <= DAY; m++) {
      const need = m < DAY && (needOpen[m] || needBooking[m]);
      const state = need ? (bhv[m] ? 0 : MISSING_BHV) | (key[m] ? 0 : MISSING_KEY) : 0;
      const full = state ? state | (needOpen[m] ? OPEN : 0) | (needBooking[m] ? BOOKING : 0) : 0;
      if (full === current) continue;
      if (current) gaps.push(gapOf(day.date, start, m, current));
      current = full;
      start = m;
    }
  }
  return gaps;
}

export const coverageMethods = {
  'roster.coverage': method({
    description:
      "De dekking van het gebouw: elke periode waarin het huis open is of een boeking buiten de uren van de beheerder loopt zonder BHV'er of sleutelhouder in dienst (wie niet verscheen, telt niet mee).",
    access: ['beheerder', 'coordinator'],
    mode: 'read',
    input: rangeInput,
    handler: ({ db }, q) => coverageGaps(db, q.from, q.to),
  }),
};
