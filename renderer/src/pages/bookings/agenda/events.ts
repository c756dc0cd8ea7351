import type { EventInput } from '@fullcalendar/core';
import { bookingColors, type ColorMode } from './colors';
import type { AgendaBooking, Room } from './types';

/** One booking as a calendar event; a booking of several rooms shows in each room's column or row. */
export function toEvent(
  booking: AgendaBooking,
  roomColors: ReadonlyMap<number, string>,
  mode: ColorMode,
  canEdit: boolean,
): EventInput {
  return {
    id: String(booking.id),
    resourceIds: booking.roomIds.map(String),
    title: booking.title,
    start: booking.start,
    end: booking.end,
    // A cancelled booking stays where it was; moving it would suggest it still happens.
    editable: canEdit && booking.status !== 'geannuleerd',
    extendedProps: { booking },
    ...bookingColors(booking, roomColors, mode),
  };
}

/** Rooms as calendar resources, in the house's own order. */
export function toResources(rooms: readonly Room[]) {
  return rooms.map((room, order) => ({ id: String(room.id), title: room.name, order, eventColor: room.color }));
}

/** The booking behind an event; undefined for FullCalendar's own placeholders (a selection's mirror). */
export function bookingOf(event: { extendedProps: Record<string, unknown> }): AgendaBooking | undefined {
  return event.extendedProps.booking as AgendaBooking | undefined;
}
