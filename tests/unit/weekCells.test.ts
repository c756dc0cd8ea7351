import { describe, expect, it } from 'vitest';
import { cellKey, moveTo, timeOnDay, weekCells } from '../../renderer/src/pages/agenda/week/weekCells';
import type { Booking } from '../../renderer/src/pages/agenda/types';

const WEEK = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'];

function booking(id: number, start: string, end: string, roomIds: number[]): Booking {
  return { id, start, end, roomIds, title: `Boeking ${id}` } as Booking;
}

describe('the week grid of the agenda', () => {
  it('puts each booking in its room and day, in order of start, and one of several rooms in each room', () => {
    const early = booking(1, '2026-11-24T09:00', '2026-11-24T11:00', [3]);
    const both = booking(2, '2026-11-24T10:00', '2026-11-24T12:00', [3, 5]);
    const late = booking(3, '2026-11-24T19:00', '2026-11-24T21:00', [3]);
    const cells = weekCells([early, both, late], WEEK);
    expect(cells.get(cellKey(3, '2026-11-24'))?.map((e) => e.booking.id)).toEqual([1, 2, 3]);
    expect(cells.get(cellKey(5, '2026-11-24'))?.map((e) => [e.booking.id, e.time])).toEqual([[2, '10:00–12:00']]);
    expect(cells.get(cellKey(3, '2026-11-23'))).toBeUndefined();
    expect([...cells.keys()].sort()).toEqual([cellKey(3, '2026-11-24'), cellKey(5, '2026-11-24')]);
  });

  it('shows a booking past midnight on both days, each with its own part of the time', () => {
    const night = booking(1, '2026-11-28T22:00', '2026-11-29T01:00', [1]);
    const cells = weekCells([night], WEEK);
    expect(cells.get(cellKey(1, '2026-11-28'))?.[0]?.time).toBe('22:00–…');
    expect(cells.get(cellKey(1, '2026-11-29'))?.[0]?.time).toBe('…–01:00');
    // The week ends on Sunday: what falls on Monday after it is not in this week.
    expect(cells.size).toBe(2);
  });

  it('reads a booking until midnight as ending at 24:00 on its own day, not on the next', () => {
    const evening = booking(1, '2026-11-25T20:00', '2026-11-26T00:00', [1]);
    expect(timeOnDay(evening, '2026-11-25')).toBe('20:00–24:00');
    expect(weekCells([evening], WEEK).has(cellKey(1, '2026-11-26'))).toBe(false);
  });

  it('includes a booking from the week before that reaches into Monday', () => {
    const overnight = booking(1, '2026-11-22T23:00', '2026-11-23T02:00', [4]);
    expect(weekCells([overnight], WEEK).get(cellKey(4, '2026-11-23'))?.[0]?.time).toBe('…–02:00');
  });

  it('moves a dropped booking by whole days at the same times, and to the room of the row it is dropped in', () => {
    const night = booking(7, '2026-11-24T22:00', '2026-11-25T01:00', [3, 5]);
    expect(moveTo({ booking: night, roomId: 3, date: '2026-11-24' }, 3, '2026-11-27')).toEqual({
      id: 7, start: '2026-11-27T22:00', end: '2026-11-28T01:00', fromRoomId: null, toRoomId: null,
    });
    // Picked up on its second day in room 5, dropped a day earlier in room 8.
    expect(moveTo({ booking: night, roomId: 5, date: '2026-11-25' }, 8, '2026-11-24')).toEqual({
      id: 7, start: '2026-11-23T22:00', end: '2026-11-24T01:00', fromRoomId: 5, toRoomId: 8,
    });
    expect(moveTo({ booking: night, roomId: 3, date: '2026-11-24' }, 3, '2026-11-24')).toBeNull();
  });

  it('keeps the times across the change to winter time: a move is in days, not in hours', () => {
    const meeting = booking(9, '2026-10-24T19:00', '2026-10-24T21:00', [1]);
    expect(moveTo({ booking: meeting, roomId: 1, date: '2026-10-24' }, 1, '2026-10-26')).toMatchObject({ start: '2026-10-26T19:00', end: '2026-10-26T21:00' });
  });
});
