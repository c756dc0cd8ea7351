/**
 * What the agenda page shares with the surfaces it draws bookings on: FullCalendar for the day and the
 * list, and the grids of our own for the week (rooms × days) and the month.
 */
import type { Input } from '../../../api/client';
import type { BookingPrefill } from './booking/bookingForm';
import type { AgendaFilter } from './filters';
import type { MoveRequest } from './useMoveBooking';
import type { AgendaBooking } from './types';

export const AGENDA_VIEWS = ['day', 'week', 'month', 'list'] as const;
export type AgendaView = (typeof AGENDA_VIEWS)[number];

/** What a surface reports back to the page. */
export interface AgendaHandlers {
  onOpen: (booking: AgendaBooking) => void;
  /** An empty slot or cell chosen: a new booking starting there. */
  onCreate: (prefill: BookingPrefill) => void;
  onMove: (move: MoveRequest) => void;
  onLoadError: (message: string | null) => void;
  onLoading: (loading: boolean) => void;
}

/** What a surface asks the core for: the bookings of these dates (inclusive) under the filter. */
export function listInput(range: { from: string; to: string }, filter: AgendaFilter): Input<'bookings.calendar'> {
  return {
    ...range,
    roomIds: filter.roomIds.map(Number),
    renterId: filter.renterId ? Number(filter.renterId) : null,
    statuses: filter.statuses,
  };
}

/** The rooms the filter's room ids show (none chosen: all), in the house's order. */
export function shownRooms<R extends { id: number }>(rooms: readonly R[], roomIds: readonly string[]): readonly R[] {
  return roomIds.length ? rooms.filter((r) => roomIds.includes(String(r.id))) : rooms;
}
