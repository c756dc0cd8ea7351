import { Autocomplete } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../../hooks/useApi';
import type { BookingValues } from './bookingForm';

/**
 * The key holder, typed or picked from who has a key or pass now (the key register) and the renters with key
 * rights: the core accepts only such a person on the booking's date, so the list saves a warning.
 */
export function KeyHolderField({
  form,
  renterHasKey,
}: {
  form: UseFormReturnType<BookingValues>;
  renterHasKey: boolean;
}) {
  const { t } = useTranslation();
  const names = useApi('keys.holderNames', {}).data ?? [];
  return (
    <Autocomplete
      label={t('booking.keyHolder')}
      description={renterHasKey ? t('booking.keyHolderNotNeeded') : t('booking.keyHolderHelp')}
      data={names}
      limit={20}
      {...form.getInputProps('keyHolder')}
    />
  );
}
