import { Radio, Group, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call, type Input } from '../../../api/client';
import { bookingCancel } from '../../../../../db/schemas/bookings';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';
import type { Booking } from '../types';
import { useWhen } from './BookingInfo';

type Values = Input<'bookings.cancel'>;

/** Cancel with a reason (kept in the history); for a series also this one, the following, or all coming ones. */
export function CancelModal({ booking, onClose, onCancelled }: { booking: Booking; onClose: () => void; onCancelled: () => void }) {
  const { t } = useTranslation();
  const when = useWhen();
  const { form, handleSubmit, formError, submitting } = useApiForm<Values, Values, { ids: number[] }>({
    initialValues: { id: booking.id, scope: 'this', reason: '' },
    schema: bookingCancel,
    submit: (input) => call('bookings.cancel', input),
    onSuccess: () => {
      onCancelled();
      onClose();
    },
    successMessage: t('booking.cancelled'),
  });
  return (
    <FormModal opened onClose={onClose} title={t('booking.cancelTitle')} onSubmit={handleSubmit} submitting={submitting} formError={formError} submitLabel={t('booking.cancelSubmit')} size="md">
      <Text>{t('booking.cancelWhat', { title: booking.title, when: when(booking) })}</Text>
      {booking.seriesId !== null && (
        <Radio.Group label={t('booking.cancelScope')} {...form.getInputProps('scope')}>
          <Group gap="lg" mt={6}>
            <Radio value="this" label={t('booking.scopes.this')} />
            <Radio value="following" label={t('booking.scopes.following')} />
            <Radio value="all" label={t('booking.scopes.all')} />
          </Group>
        </Radio.Group>
      )}
      <Textarea label={t('booking.cancelReason')} description={t('booking.cancelReasonHelp')} required autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
    </FormModal>
  );
}
