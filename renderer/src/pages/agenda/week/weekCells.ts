/**
 * The week of the agenda as rooms × days: which bookings go in which cell, what time each shows there,
 * and where a booking dragged to another cell lands. Plain functions, so the rules are tested in Node.
 */
import { addDays } from '../../../format';
import type { Input } from '../../../api/client';
import type { Booking } from '../types';

export interface WeekEntry {
  booking: Booking;
  /** The booking's time on this day: '19:00–21:00', or '22:00–…' and '…–01:00' across midnight. */
  time: string;
}

export const cellKey = (roomId: number, date: string) => `${roomId} ${date}`;

const clock = (stamp: string) => stamp.slice(11, 16);

/** Its time as seen on one day: the part that falls on another day is an ellipsis. */
export function timeOnDay(booking: Pick<Booking, 'start' | 'end'>, date: string): string {
  const from = booking.start.slice(0, 10) === date ? clock(booking.start) : '…';
  const ends = booking.end.slice(0, 10);
  // A booking until midnight ends at 00:00 of the next day: on its own day that reads 24:00.
  const to = ends === date ? clock(booking.end) : ends === addDays(date, 1) && clock(booking.end) === '00:00' ? '24:00' : '…';
  return `${from}–${to}`;
}

/**
 * Bookings per cell (`cellKey(room, date)`), each cell in order of start. A booking of several rooms is
 * in each room's row, one past midnight in each day it reaches. `bookings` come ordered by start.
 */
export function weekCells(bookings: readonly Booking[], days: readonly string[]): Map<string, WeekEntry[]> {
  const cells = new Map<string, WeekEntry[]>();
  for (const booking of bookings) {
    for (const date of days) {
      const dayStart = `${date}T00:00`;
      const dayEnd = `${addDays(date, 1)}T00:00`;
      if (booking.start >= dayEnd || booking.end <= dayStart) continue;
      const entry = { booking, time: timeOnDay(booking, date) };
      for (const roomId of booking.roomIds) {
        const key = cellKey(roomId, date);
        const list = cells.get(key);
        if (list) list.push(entry);
        else cells.set(key, [entry]);
      }
    }
  }
  return cells;
}

/** Where a booking was picked up: the cell it was dragged from. */
export interface DragOrigin {
  booking: Booking;
  roomId: number;
  date: string;
}

const shifted = (stamp: string, days: number) => `${addDays(stamp.slice(0, 10), days)}T${clock(stamp)}`;

/**
 * A booking dropped on another cell: the same times of day, as many days later or earlier as the cell
 * is from where it was picked up, and the room of the row it was dropped in instead of the room it was
 * picked up from. Null when dropped where it was.
 */
export function moveTo(origin: DragOrigin, roomId: number, date: string): Input<'bookings.move'> | null {
  const days = Math.round((Date.parse(`${date}T12:00:00Z`) - Date.parse(`${origin.date}T12:00:00Z`)) / 86_400_000);
  const otherRoom = roomId !== origin.roomId;
  if (days === 0 && !otherRoom) return null;
  return {
    id: origin.booking.id,
    start: shifted(origin.booking.start, days),
    end: shifted(origin.booking.end, days),
    fromRoomId: otherRoom ? origin.roomId : null,
    toRoomId: otherRoom ? roomId : null,
  };
}
