import type { Output } from '../../../api/client';
import type { BOOKING_STATUSES } from '../../../../../db/modules/bookings/schemas';

/** A booking in full, as opened (bookings.get): the drawer and the edit dialog. */
export type Booking = Output<'bookings.get'>['booking'];
export type Room = Output<'rooms.list'>[number];
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

type CalendarAnswer = Output<'bookings.calendar'>;

/** A booking as the agenda draws it: the calendar's short row, with its renter's and rooms' names looked up. */
export type AgendaBooking = CalendarAnswer['bookings'][number] & { renterName: string; roomNames: string[] };

/** The calendar's rows with the names the answer carries once each. */
export function agendaBookings({ bookings, renters, rooms }: CalendarAnswer): AgendaBooking[] {
  return bookings.map((b) => ({
    ...b,
    renterName: renters[b.renterId] ?? '',
    roomNames: b.roomIds.map((id) => rooms[id] ?? ''),
  }));
}
