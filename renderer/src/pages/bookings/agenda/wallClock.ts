/**
 * The calendar runs in FullCalendar's 'UTC' zone and is fed the core's Amsterdam wall-clock strings
 * as if they were UTC. Nothing is ever converted between zones, so 19:00 stays 19:00 on a computer
 * set to any zone and across summer time; these helpers turn the calendar's Dates back into text.
 */
import { addDays, wallClockOf } from '../../../format';

/** A calendar Date → 'YYYY-MM-DDTHH:MM' (Amsterdam wall clock). */
export function toWallClock(date: Date): string {
  return date.toISOString().slice(0, 16);
}

/** The Amsterdam wall clock right now, in the calendar's fake-UTC terms (for the now-indicator). */
export function calendarNow(): string {
  return wallClockOf(new Date());
}

/** A selected or dropped range → the date, times and next-day flag the booking form takes. */
export function rangeToTimes(
  start: Date,
  end: Date,
): { date: string; startTime: string; endTime: string; endsNextDay: boolean } {
  const from = toWallClock(start);
  const to = toWallClock(end);
  const date = from.slice(0, 10);
  return { date, startTime: from.slice(11, 16), endTime: to.slice(11, 16), endsNextDay: to.slice(0, 10) > date };
}

/** The visible range FullCalendar asks events for (end exclusive) → the inclusive dates the core takes. */
export function fetchRange(start: Date, end: Date): { from: string; to: string } {
  return { from: toWallClock(start).slice(0, 10), to: addDays(toWallClock(end).slice(0, 10), -1) };
}
