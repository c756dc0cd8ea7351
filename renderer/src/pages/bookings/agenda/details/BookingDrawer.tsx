import { memo, useState } from 'react';
import { Button, Drawer, Group, Stack, Title } from '@mantine/core';
import { IconPencil, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../../components/QueryState';
import { useApi } from '../../../../hooks/useApi';
import type { Booking } from '../types';
import { BookingInfo } from './BookingInfo';
import { CancelModal } from './CancelModal';
import { HistoryList, type HistoryRow } from './HistoryList';
import { PaymentSelect } from './PaymentSelect';

interface BookingDrawerProps {
  bookingId: number | null;
  canEdit: boolean;
  onClose: () => void;
  onEdit: (booking: Booking) => void;
  /** Something changed (payment, cancellation): the calendar loads again. */
  onChanged: () => void;
}

/** One booking in full beside the calendar: its facts, price and payment, series and history. */
export const BookingDrawer = memo(function BookingDrawer({
  bookingId,
  canEdit,
  onClose,
  onEdit,
  onChanged,
}: BookingDrawerProps) {
  const { t } = useTranslation();
  const details = useApi('bookings.get', { id: bookingId ?? 0 }, { enabled: bookingId !== null });
  const [cancelling, setCancelling] = useState(false);
  const changed = () => {
    details.reload();
    onChanged();
  };
  const current = details.data?.booking.id === bookingId ? details.data : undefined;

  return (
    <Drawer
      opened={bookingId !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={current?.booking.title ?? t('booking.details')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <QueryState query={{ ...details, data: current }}>
        {({ booking, series, history }) => {
          const active = booking.status !== 'geannuleerd';
          return (
            <Stack gap="lg">
              {canEdit && active && (
                <Group gap="sm">
                  <Button leftSection={<IconPencil size={18} aria-hidden />} onClick={() => onEdit(booking)}>
                    {t('booking.edit')}
                  </Button>
                  <Button
                    variant="light"
                    color="red"
                    leftSection={<IconX size={18} aria-hidden />}
                    onClick={() => setCancelling(true)}
                  >
                    {t('booking.cancel')}
                  </Button>
                </Group>
              )}
              <BookingInfo
                booking={booking}
                series={series}
                payment={
                  canEdit ? (
                    <PaymentSelect booking={booking} onChanged={changed} />
                  ) : (
                    t(`booking.payments.${booking.paymentStatus}`)
                  )
                }
              />
              <section aria-labelledby="booking-history-title">
                <Title order={3} size="h5" id="booking-history-title" mb="xs">
                  {t('booking.history')}
                </Title>
                <HistoryList history={history as HistoryRow[]} />
              </section>
              {cancelling && (
                <CancelModal booking={booking} onClose={() => setCancelling(false)} onCancelled={changed} />
              )}
            </Stack>
          );
        }}
      </QueryState>
    </Drawer>
  );
});
