import type { Output } from '../../../api/client';

type DaySheet = Output<'bookings.day'>;

/** 'YYYY-MM-DDTHH:MM' plus minutes → 'HH:MM' on the wall clock (setup before the start, teardown after the end). */
export function addMinutesToClock(stamp: string, minutes: number): string {
  const [h, m] = stamp.slice(11, 16).split(':').map(Number) as [number, number];
  const total = (((h * 60 + m + minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * Whether (part of) the booking on this day falls outside the beheerder's hours: then someone else
 * must open and close, the key holder. Only the part on this day counts.
 */
export function outsideBeheerder(
  b: Pick<DaySheet['bookings'][number], 'start' | 'end' | 'setupMinutes' | 'teardownMinutes'>,
  day: DaySheet['day'],
): boolean {
  // Setup and teardown count: the door must be open then too. Wrapping past midnight makes the span
  // inverted, which no interval contains, so such a booking is rightly reported as outside.
  const from = b.start.slice(0, 10) < day.date ? '00:00' : addMinutesToClock(b.start, -b.setupMinutes);
  const to = b.end.slice(0, 10) > day.date ? '24:00' : addMinutesToClock(b.end, b.teardownMinutes);
  return !day.beheerder.some((i) => i.start <= from && to <= i.end);
}
