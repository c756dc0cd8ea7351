import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call, type Input } from '../../../../api/client';
import { bookingCancel } from '../../../../../../db/modules/bookings/schemas';
import { FormAlert } from '../../../../components/FormAlert';
import { useApiForm } from '../../../../hooks/useApiForm';
import type { Booking } from '../types';
import { useWhen } from './BookingInfo';

type Values = Input<'bookings.cancel'>;

/**
 * Cancel with a reason (kept in the history); for a series also this one, the following, or all coming
 * ones. Its own dialog rather than FormModal: "Annuleren" beside "Boeking annuleren" would read as two
 * ways to cancel the booking, so the way out is called "Terug".
 */
export function CancelModal({
  booking,
  onClose,
  onCancelled,
}: {
  booking: Booking;
  onClose: () => void;
  onCancelled: () => void;
}) {
  const { t } = useTranslation();
  const when = useWhen();
  const { form, handleSubmit, formError, submitting } = useApiForm<Values, Values, { ids: number[] }>({
    initialValues: { id: booking.id, scope: 'this', reason: '' },
    schema: bookingCancel,
    submit: (input) => call('bookings.cancel', input),
    successMessage: t('booking.cancelled'),
    onSuccess: () => {
      onCancelled();
      onClose();
    },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('booking.cancelTitle')}
      size="md"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <FormAlert message={formError} />
          <Text>{t('booking.cancelWhat', { title: booking.title, when: when(booking) })}</Text>
          {booking.seriesId !== null && (
            <Radio.Group label={t('booking.cancelScope')} {...form.getInputProps('scope')}>
              <Stack gap={6} mt={6}>
                <Radio value="this" label={t('booking.scopes.this')} />
                <Radio value="following" label={t('booking.scopes.following')} />
                <Radio value="all" label={t('booking.scopes.all')} />
              </Stack>
            </Radio.Group>
          )}
          <Textarea
            label={t('booking.cancelReason')}
            description={t('booking.cancelReasonHelp')}
            required
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('booking.back')}
            </Button>
            <Button type="submit" color="red" loading={submitting}>
              {t('booking.cancelSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
