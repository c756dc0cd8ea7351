import { Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../../api/client';
import { PAYMENT_STATUSES } from '../../../../../../db/modules/bookings/schemas';
import { useAction } from '../../../../hooks/useAction';
import type { Booking } from '../types';

type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** The payment status of one booking, changed on the spot (beheerder only; others see the text). */
export function PaymentSelect({ booking, onChanged }: { booking: Booking; onChanged: () => void }) {
  const { t } = useTranslation();
  const { busy, run, alert } = useAction();
  const change = (value: string | null) => {
    if (!value || value === booking.paymentStatus) return;
    void run(
      'payment',
      async () => {
        await call('bookings.setPayment', { id: booking.id, paymentStatus: value as PaymentStatus });
        onChanged();
      },
      t('booking.paymentSaved'),
    );
  };
  return (
    <Stack gap={6}>
      <Select
        aria-label={t('booking.payment')}
        data={PAYMENT_STATUSES.map((p) => ({ value: p, label: t(`booking.payments.${p}`) }))}
        value={booking.paymentStatus}
        onChange={change}
        allowDeselect={false}
        disabled={busy !== null}
        w={200}
        size="xs"
      />
      {alert}
    </Stack>
  );
}
