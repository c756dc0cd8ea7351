/**
 * The agenda's own grids, the week (rooms × days) and the month (days): which bookings go in which
 * cell, what time each shows there, and where a booking dragged to another cell lands. Plain functions,
 * so the rules are tested in Node.
 */
import { addDays, mondayOf } from '../../../../format';
import { weekDates } from '../../../roster/shared/time';
import type { Input } from '../../../../api/client';
import type { AgendaBooking } from '../types';

export interface GridEntry {
  booking: AgendaBooking;
  /** The booking's time on this day: '19:00–21:00', or '22:00–…' and '…–01:00' across midnight. */
  time: string;
}

/** The cell of a room on a day (week), or of a day (month). */
export const cellKey = (roomId: number | null, date: string) => (roomId === null ? date : `${roomId} ${date}`);

const clock = (stamp: string) => stamp.slice(11, 16);

/** Its time as seen on one day: the part that falls on another day is an ellipsis. */
export function timeOnDay(booking: Pick<AgendaBooking, 'start' | 'end'>, date: string): string {
  const from = booking.start.slice(0, 10) === date ? clock(booking.start) : '…';
  const ends = booking.end.slice(0, 10);
  // A booking until midnight ends at 00:00 of the next day: on its own day that reads 24:00.
  const to =
    ends === date ? clock(booking.end) : ends === addDays(date, 1) && clock(booking.end) === '00:00' ? '24:00' : '…';
  return `${from}–${to}`;
}

/**
 * Bookings per cell, each cell in order of start (`bookings` come ordered by start); one past midnight
 * is in each day it reaches. Per room (the week): a booking of several rooms is in each room's row.
 * Per day (the month): once a day.
 */
export function gridCells(
  bookings: readonly AgendaBooking[],
  days: readonly string[],
  per: 'room' | 'day',
): Map<string, GridEntry[]> {
  const cells = new Map<string, GridEntry[]>();
  const add = (key: string, entry: GridEntry) => {
    const list = cells.get(key);
    if (list) list.push(entry);
    else cells.set(key, [entry]);
  };
  // The days are consecutive: a booking covers the days from its start date up to its end (a booking
  // ending at midnight not the next day), found by position instead of trying every day of a month.
  const index = new Map(days.map((d, i) => [d, i]));
  const first = days[0]!;
  const last = days[days.length - 1]!;
  for (const booking of bookings) {
    const startDate = booking.start.slice(0, 10);
    const endDate =
      booking.end.slice(11) === '00:00' ? addDays(booking.end.slice(0, 10), -1) : booking.end.slice(0, 10);
    if (endDate < first || startDate > last) continue;
    const from = startDate < first ? 0 : index.get(startDate)!;
    const to = endDate > last ? days.length - 1 : index.get(endDate)!;
    for (let i = from; i <= to; i++) {
      const date = days[i]!;
      const entry = { booking, time: timeOnDay(booking, date) };
      if (per === 'day') add(cellKey(null, date), entry);
      else for (const roomId of booking.roomIds) add(cellKey(roomId, date), entry);
    }
  }
  return cells;
}

/** The whole weeks, Monday to Sunday, that cover the month a date falls in: four to six rows of seven days. */
export function monthOf(date: string): string[][] {
  const first = `${date.slice(0, 7)}-01`;
  const weeks: string[][] = [];
  for (let monday = mondayOf(first); monday.slice(0, 7) <= first.slice(0, 7); monday = addDays(monday, 7))
    weeks.push(weekDates(monday));
  return weeks;
}

/** The same day of the month, months later or earlier; the month's last day where it is shorter. */
export function addMonths(date: string, months: number): string {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const month = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
  const last = Number(addDays(`${addDays(`${month}-28`, 4).slice(0, 7)}-01`, -1).slice(8));
  return `${month}-${String(Math.min(Number(date.slice(8)), last)).padStart(2, '0')}`;
}

/** Where a booking was picked up: the cell it was dragged from (the room is that of its row in the week). */
export interface DragOrigin {
  booking: AgendaBooking;
  roomId: number | null;
  date: string;
}

const shifted = (stamp: string, days: number) => `${addDays(stamp.slice(0, 10), days)}T${clock(stamp)}`;

/**
 * A booking dropped on another cell: the same times of day, as many days later or earlier as the cell
 * is from where it was picked up, and in the week the room of the row it was dropped in instead of the
 * room it was picked up from. Null when dropped where it was.
 */
export function moveTo(origin: DragOrigin, roomId: number | null, date: string): Input<'bookings.move'> | null {
  const days = Math.round((Date.parse(`${date}T12:00:00Z`) - Date.parse(`${origin.date}T12:00:00Z`)) / 86_400_000);
  const otherRoom = origin.roomId !== null && roomId !== null && roomId !== origin.roomId;
  if (days === 0 && !otherRoom) return null;
  return {
    id: origin.booking.id,
    start: shifted(origin.booking.start, days),
    end: shifted(origin.booking.end, days),
    fromRoomId: otherRoom ? origin.roomId : null,
    toRoomId: otherRoom ? roomId : null,
  };
}
