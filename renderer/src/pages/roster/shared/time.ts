import { DAYPARTS } from '../../../../../db/modules/beheer/schemas';
import { addDays, wallClockOf } from '../../../format';

export type Daypart = (typeof DAYPARTS)[number];
export { DAYPARTS };

/** Monday first, as the house plans its week. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * The row of the printed roster a shift starting at 'HH:MM' goes in, as people name the parts of the
 * day: a shift from 17:00 is an evening shift. (Availability in the core uses 13:00 and 18:00, since
 * there a shift must fit inside the parts someone said they can come.)
 */
export function startsIn(clock: string): Daypart {
  const minutes = Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
  return minutes < 12 * 60 ? 'ochtend' : minutes < 17 * 60 ? 'middag' : 'avond';
}

/** '2026-11-23T09:00' → '09:00' */
export const clockOf = (stamp: string) => stamp.slice(11, 16);

export const timeRange = (s: { start: string; end: string }) => `${clockOf(s.start)}–${clockOf(s.end)}`;

/** Whether a shift is over on the house's clock: only then can someone have not shown up. */
export function hasEnded(end: string, now: Date = new Date()): boolean {
  return end <= wallClockOf(now).slice(0, 16);
}

/** The seven dates of the week that starts on this Monday. */
export const weekDates = (monday: string) => WEEKDAYS.map((d) => addDays(monday, d - 1));

export const isDate = (s: string | null | undefined): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);

/** 'ma 23 nov': a day in a week view, where the year is in the week's own label. */
export function dayLabel(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T12:00:00Z`),
  );
}
