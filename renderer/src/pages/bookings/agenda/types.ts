import type { Output } from '../../../api/client';
import type { BOOKING_STATUSES } from '../../../../../db/modules/bookings/schemas';

export type Booking = Output<'bookings.list'>[number];
export type Room = Output<'rooms.list'>[number];
export type Renter = Output<'renters.list'>[number];
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
