import { describe, expect, it } from 'vitest';
import {
  addMonths,
  cellKey,
  gridCells,
  monthOf,
  moveTo,
  timeOnDay,
} from '../../renderer/src/pages/bookings/agenda/grid/gridCells';
import { mondayOf } from '../../renderer/src/format';
import { weekDates } from '../../renderer/src/pages/roster/shared/time';
import type { Booking } from '../../renderer/src/pages/bookings/agenda/types';

const WEEK = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'];

function booking(id: number, start: string, end: string, roomIds: number[]): Booking {
  return { id, start, end, roomIds, title: `Boeking ${id}` } as Booking;
}

describe('the week and month grids of the agenda', () => {
  it('puts each booking in its room and day, in order of start, and one of several rooms in each room', () => {
    const early = booking(1, '2026-11-24T09:00', '2026-11-24T11:00', [3]);
    const both = booking(2, '2026-11-24T10:00', '2026-11-24T12:00', [3, 5]);
    const late = booking(3, '2026-11-24T19:00', '2026-11-24T21:00', [3]);
    const cells = gridCells([early, both, late], WEEK, 'room');
    expect(cells.get(cellKey(3, '2026-11-24'))?.map((e) => e.booking.id)).toEqual([1, 2, 3]);
    expect(cells.get(cellKey(5, '2026-11-24'))?.map((e) => [e.booking.id, e.time])).toEqual([[2, '10:00–12:00']]);
    expect(cells.get(cellKey(3, '2026-11-23'))).toBeUndefined();
    expect([...cells.keys()].sort()).toEqual([cellKey(3, '2026-11-24'), cellKey(5, '2026-11-24')]);
  });

  it('shows a booking past midnight on both days, each with its own part of the time', () => {
    const night = booking(1, '2026-11-28T22:00', '2026-11-29T01:00', [1]);
    const cells = gridCells([night], WEEK, 'room');
    expect(cells.get(cellKey(1, '2026-11-28'))?.[0]?.time).toBe('22:00–…');
    expect(cells.get(cellKey(1, '2026-11-29'))?.[0]?.time).toBe('…–01:00');
    // The week ends on Sunday: what falls on Monday after it is not in this week.
    expect(cells.size).toBe(2);
  });

  it('reads a booking until midnight as ending at 24:00 on its own day, not on the next', () => {
    const evening = booking(1, '2026-11-25T20:00', '2026-11-26T00:00', [1]);
    expect(timeOnDay(evening, '2026-11-25')).toBe('20:00–24:00');
    expect(gridCells([evening], WEEK, 'room').has(cellKey(1, '2026-11-26'))).toBe(false);
  });

  it('includes a booking from the week before that reaches into Monday', () => {
    const overnight = booking(1, '2026-11-22T23:00', '2026-11-23T02:00', [4]);
    expect(gridCells([overnight], WEEK, 'room').get(cellKey(4, '2026-11-23'))?.[0]?.time).toBe('…–02:00');
  });

  it('moves a dropped booking by whole days at the same times, and to the room of the row it is dropped in', () => {
    const night = booking(7, '2026-11-24T22:00', '2026-11-25T01:00', [3, 5]);
    expect(moveTo({ booking: night, roomId: 3, date: '2026-11-24' }, 3, '2026-11-27')).toEqual({
      id: 7,
      start: '2026-11-27T22:00',
      end: '2026-11-28T01:00',
      fromRoomId: null,
      toRoomId: null,
    });
    // Picked up on its second day in room 5, dropped a day earlier in room 8.
    expect(moveTo({ booking: night, roomId: 5, date: '2026-11-25' }, 8, '2026-11-24')).toEqual({
      id: 7,
      start: '2026-11-23T22:00',
      end: '2026-11-24T01:00',
      fromRoomId: 5,
      toRoomId: 8,
    });
    expect(moveTo({ booking: night, roomId: 3, date: '2026-11-24' }, 3, '2026-11-24')).toBeNull();
  });

  it('keeps the times across the change to winter time: a move is in days, not in hours', () => {
    const meeting = booking(9, '2026-10-24T19:00', '2026-10-24T21:00', [1]);
    expect(moveTo({ booking: meeting, roomId: 1, date: '2026-10-24' }, 1, '2026-10-26')).toMatchObject({
      start: '2026-10-26T19:00',
      end: '2026-10-26T21:00',
    });
  });

  it('lists a booking of several rooms once a day in the month, past midnight on both days', () => {
    const both = booking(2, '2026-11-24T10:00', '2026-11-24T12:00', [3, 5]);
    const night = booking(3, '2026-11-24T22:00', '2026-11-25T01:00', [1]);
    const cells = gridCells([both, night], WEEK, 'day');
    expect(cells.get(cellKey(null, '2026-11-24'))?.map((e) => [e.booking.id, e.time])).toEqual([
      [2, '10:00–12:00'],
      [3, '22:00–…'],
    ]);
    expect(cells.get(cellKey(null, '2026-11-25'))?.map((e) => e.time)).toEqual(['…–01:00']);
  });

  it('places a booking of several days in each day it covers, from the first day shown to the last', () => {
    const camp = booking(5, '2026-11-20T09:00', '2026-11-25T00:00', [2]);
    const cells = gridCells([camp], WEEK, 'day');
    expect(WEEK.map((d) => cells.get(cellKey(null, d))?.[0]?.time ?? null)).toEqual([
      '…–…',
      '…–24:00',
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('moves a booking dropped on another day of the month to that day, in its own rooms', () => {
    const meeting = booking(4, '2026-11-24T19:00', '2026-11-24T21:00', [3, 5]);
    expect(moveTo({ booking: meeting, roomId: null, date: '2026-11-24' }, null, '2026-12-02')).toEqual({
      id: 4,
      start: '2026-12-02T19:00',
      end: '2026-12-02T21:00',
      fromRoomId: null,
      toRoomId: null,
    });
    expect(moveTo({ booking: meeting, roomId: null, date: '2026-11-24' }, null, '2026-11-24')).toBeNull();
  });

  it('lays out a month as whole weeks from Monday, four to six of them, and steps by months', () => {
    expect(weekDates(mondayOf('2026-11-26'))).toEqual(WEEK);
    const november = monthOf('2026-11-17');
    expect(november.map((w) => w[0])).toEqual([
      '2026-10-26',
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
    ]);
    expect(november.every((w) => w.length === 7)).toBe(true);
    // February 2027 begins on a Monday and has exactly four weeks.
    expect(monthOf('2027-02-10').map((w) => w[0])).toEqual(['2027-02-01', '2027-02-08', '2027-02-15', '2027-02-22']);
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-23', 2)).toBe('2027-01-23');
    expect(addMonths('2027-01-15', -1)).toBe('2026-12-15');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });
});
