import { useMemo } from 'react';
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
  const holders = useApi('keys.holders', {});
  const names = useMemo(() => {
    const d = holders.data;
    if (!d) return [];
    const all = [
      ...d.holders.filter((h) => h.keys.some((k) => k.keyKind !== 'alarmcode')).map((h) => h.holderName),
      ...d.rentersWithKeyRights.map((r) => (r.contactPerson ? `${r.contactPerson} (${r.name})` : r.name)),
    ];
    return [...new Set(all)].sort((a, b) => a.localeCompare(b, 'nl'));
  }, [holders.data]);
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
