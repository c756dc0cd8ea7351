import { Group, Text } from '@mantine/core';
import { StatusBadge } from './details/BookingInfo';
import type { AgendaBooking } from './types';

/** A row of the list view says more than a title: where, for whom, and how sure it is. */
export function ListEventContent({ booking }: { booking: AgendaBooking }) {
  return (
    <Group gap="xs" wrap="wrap">
      <Text span fw={600} size="sm" className="fc-list-event-title">
        {booking.title}
      </Text>
      <Text span size="sm">
        {booking.roomNames.join(', ')} · {booking.renterName}
      </Text>
      {booking.status !== 'bevestigd' && <StatusBadge status={booking.status} />}
    </Group>
  );
}
