import { Button, Divider, Group, Radio, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../../components/FormAlert';
import type { Booking, Room } from '../types';
import type { RenterChoice } from '../../renters/RenterSelect';
import type { BookingValues, EditScope } from './bookingForm';
import { NotesField, PriceFields, StatusFields, UseFields, WhatFields, WhenFields } from './BookingFields';
import { RepeatFields } from './RepeatFields';

const SCOPES: EditScope[] = ['this', 'following', 'all'];

interface BookingFormStepProps {
  form: UseFormReturnType<BookingValues>;
  onSubmit: (event?: React.FormEvent<HTMLFormElement>) => void;
  submitting: boolean;
  error: string | null;
  /** The booking being edited; null for a new one, which gets repetition and is checked before booking. */
  editing: Booking | null;
  rooms: readonly Room[];
  onRenter: (renter: RenterChoice | null) => void;
  renterHasKey: boolean;
  onClose: () => void;
}

/** The booking's fields in sections; an occurrence of a series asks first which part of the series changes. */
export function BookingFormStep({
  form,
  onSubmit,
  submitting,
  error,
  editing,
  rooms,
  onRenter,
  renterHasKey,
  onClose,
}: BookingFormStepProps) {
  const { t } = useTranslation();
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <FormAlert message={error} />
        {editing?.seriesId != null && (
          <Radio.Group label={t('booking.scope')} description={t('booking.scopeHelp')} {...form.getInputProps('scope')}>
            <Group gap="lg" mt={6}>
              {SCOPES.map((s) => (
                <Radio key={s} value={s} label={t(`booking.scopes.${s}`)} />
              ))}
            </Group>
          </Radio.Group>
        )}
        <WhatFields form={form} rooms={rooms} onRenter={onRenter} />
        <Divider />
        <WhenFields form={form} dateLocked={editing !== null && form.values.scope !== 'this'} />
        {!editing && (
          <>
            <Divider />
            <RepeatFields form={form} />
          </>
        )}
        <Divider />
        <UseFields form={form} rooms={rooms} />
        <StatusFields form={form} renterHasKey={renterHasKey} />
        <Divider />
        <PriceFields form={form} />
        <NotesField form={form} />
        <Group justify="space-between" mt="sm">
          <Text size="sm" c="dimmed">
            {editing ? '' : t('booking.checkHelp')}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={submitting}>
              {editing ? t('common.save') : t('booking.check')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
