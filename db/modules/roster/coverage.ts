import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { rangeInput } from './schemas';
import { clockMinutes } from '../../platform/clock';
import { dayStatuses } from '../building/building';
import { bookingsBetween } from '../bookings/bookings';
import { shiftsBetween } from './shifts';
import { listRoles } from './roles';
import { hasValid } from './certificates';
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
 * The building coverage rule: whenever the house is open, and whenever a booking runs outside the
 * beheerder's hours, at least one BHV'er and one key holder are on duty. On duty are the beheerder
 * during the beheerder's hours (when the setting says the beheerder counts), volunteers planned on a
 * shift (BHV by a valid certificate that day, key holder by their role on that shift), and for a
 * booking its own key holder (a renter with sleutelrecht, or the named key holder). Returns every
 * uncovered period with what is missing.
 */
export function coverageGaps(db: Db, from: string, to: string): CoverageGap[] {
  const days = dayStatuses(db, from, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1);
  const bookings = bookingsBetween(db, from, to).filter(
    (b) => b.status !== 'geannuleerd' && !(b.status === 'optie' && b.optionUntil !== null && b.optionUntil < from),
  );
  const shifts = shiftsBetween(db, from, to);
  const keyRoles = new Set(
    listRoles(db, true)
      .filter((r) => r.isKeyHolder)
      .map((r) => r.id),
  );
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
      const planned = s.assignments.filter((a) => a.status === 'ingepland' && !a.noShow);
      if (planned.some((a) => hasValid(db, a.volunteerId, 'bhv', day.date))) mark(day.date, bhv, s.start, s.end);
      if (planned.some((a) => keyRoles.has(a.roleId))) mark(day.date, key, s.start, s.end);
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
