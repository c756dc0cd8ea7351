import { addDays, isoWeekday, localDate } from '../../db/platform/clock';
import type { Caller } from '../caller';
import { Random } from '../random';

/** The amounts the issue asks for: ten years of a busy house. `--small` divides them for a quick run. */
export const FULL = {
  rooms: 30,
  bookings: 150_000,
  renters: 2_000,
  volunteers: 600,
  assignments: 120_000,
  applications: 4_000,
  attendanceRows: 1_000_000,
  logbook: 50_000,
};
export type Amounts = typeof FULL;

export function amountsFor(small: boolean): Amounts {
  if (!small) return FULL;
  const s = (n: number) => Math.max(1, Math.round(n / 20));
  return {
    rooms: 30,
    bookings: s(FULL.bookings),
    renters: s(FULL.renters),
    volunteers: s(FULL.volunteers),
    assignments: s(FULL.assignments),
    applications: s(FULL.applications),
    attendanceRows: s(FULL.attendanceRows),
    logbook: s(FULL.logbook),
  };
}

export interface Timeline {
  /** Monday of the week the bench runs in: the data lies around it, so Vandaag and "the next four weeks" are real. */
  anchor: string;
  today: string;
  /** 520 weeks ending eight weeks after the anchor. */
  from: string;
  until: string;
  weeks: number;
}

export function timeline(years = 10): Timeline {
  const today = localDate(new Date());
  const anchor = addDays(today, 1 - isoWeekday(today));
  const until = addDays(anchor, 8 * 7 - 1);
  const weeks = years * 52;
  return { anchor, today, from: addDays(until, 1 - weeks * 7), until, weeks };
}

export interface GenContext {
  caller: Caller;
  random: Random;
  amounts: Amounts;
  time: Timeline;
  log: (message: string) => void;
}

export function weekStart(time: Timeline, week: number): string {
  return addDays(time.from, week * 7);
}
