import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BOOKING_STATUSES } from '../../../../db/modules/bookings/schemas';

export type BookingStatus = (typeof BOOKING_STATUSES)[number];

const COLORS: Record<BookingStatus, string> = {
  bevestigd: 'green',
  optie: 'yellow',
  aanvraag: 'blue',
  geannuleerd: 'gray',
};

/** Optie, aanvraag or bevestigd in words and colour; the desk sees at once what is certain. */
export function BookingStatusBadge({ status }: { status: BookingStatus }) {
  const { t } = useTranslation();
  return (
    // Never cut to "Beve…": a narrow column wraps the cell, not the word.
    <Badge
      variant="light"
      color={COLORS[status]}
      style={{ overflow: 'visible' }}
      styles={{ label: { overflow: 'visible' } }}
    >
      {t(`daySheet.status.${status}`)}
    </Badge>
  );
}
