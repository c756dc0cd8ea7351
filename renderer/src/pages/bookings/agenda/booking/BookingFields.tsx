import {
  Checkbox,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Input,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../../components/DateField';
import { TimeField } from '../../../../components/TimeField';
import { layoutLabel } from '../../../building/rooms/layouts';
import type { Room } from '../types';
import type { BookingValues, Exemption } from './bookingForm';
import { RenterSelect, type RenterChoice } from '../../renters/RenterSelect';
import { Section } from './Section';
import { KeyHolderField } from './KeyHolderField';

type Form = UseFormReturnType<BookingValues>;

const EXEMPTION_CHOICES: Exemption[] = ['geen', 'beperking', 'bewonersinitiatief', 'eigen_activiteit', 'anders'];
const STATUSES = ['optie', 'aanvraag', 'bevestigd'] as const;

/** Rooms, renter, title and activity. */
export function WhatFields({
  form,
  rooms,
  onRenter,
}: {
  form: Form;
  rooms: readonly Room[];
  /** The chosen renter, once the core has described it (its key rights). */
  onRenter: (renter: RenterChoice | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <MultiSelect
        label={t('booking.rooms')}
        required
        data={rooms.map((r) => ({ value: String(r.id), label: r.name }))}
        searchable
        hidePickedOptions
        // The first field has the focus when the dialog opens (issue 18), not the title further down.
        data-autofocus
        {...form.getInputProps('roomIds')}
      />
      <RenterSelect withDetails onRenter={onRenter} required {...form.getInputProps('renterId')} />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput label={t('booking.title')} required {...form.getInputProps('title')} />
        <TextInput
          label={t('booking.activity')}
          placeholder={t('booking.activityPlaceholder')}
          {...form.getInputProps('activity')}
        />
      </SimpleGrid>
    </Stack>
  );
}

/** Date, times, and the room's extra time before and after (which also blocks it for others). */
export function WhenFields({ form, dateLocked }: { form: Form; dateLocked: boolean }) {
  const { t } = useTranslation();
  return (
    <Section legend={t('booking.when')}>
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <DateField
          label={t('booking.date')}
          required
          disabled={dateLocked}
          description={dateLocked ? t('booking.dateLockedHelp') : undefined}
          {...form.getInputProps('date')}
        />
        <TimeField label={t('booking.startTime')} required {...form.getInputProps('startTime')} />
        <TimeField label={t('booking.endTime')} required {...form.getInputProps('endTime')} />
      </SimpleGrid>
      <Checkbox mt="sm" label={t('booking.endsNextDay')} {...form.getInputProps('endsNextDay', { type: 'checkbox' })} />
      <SimpleGrid cols={{ base: 1, xs: 2 }} mt="sm">
        <NumberInput
          label={t('booking.setup')}
          description={t('booking.setupHelp')}
          suffix={` ${t('booking.minutes')}`}
          min={0}
          max={240}
          step={15}
          allowDecimal={false}
          {...form.getInputProps('setupMinutes')}
        />
        <NumberInput
          label={t('booking.teardown')}
          description={t('booking.teardownHelp')}
          suffix={` ${t('booking.minutes')}`}
          min={0}
          max={240}
          step={15}
          allowDecimal={false}
          {...form.getInputProps('teardownMinutes')}
        />
      </SimpleGrid>
    </Section>
  );
}

/** Expected people and the layout, offered from the chosen rooms' own layouts with their capacity. */
export function UseFields({ form, rooms }: { form: Form; rooms: readonly Room[] }) {
  const { t } = useTranslation();
  const chosen = rooms.filter((r) => form.values.roomIds.includes(String(r.id)));
  const layouts = new Map<string, number>();
  for (const room of chosen)
    for (const l of room.layouts) layouts.set(l.layout, Math.max(layouts.get(l.layout) ?? 0, l.capacity));
  const current = form.values.layout;
  // A layout typed before the room list changed stays selectable, so editing never drops it silently.
  if (current && !layouts.has(current)) layouts.set(current, 0);
  const data = [...layouts].map(([code, capacity]) => ({
    value: code,
    label: capacity ? t('booking.layoutOption', { layout: layoutLabel(code), capacity }) : layoutLabel(code),
  }));
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }}>
      <NumberInput
        label={t('booking.expectedPeople')}
        min={1}
        allowDecimal={false}
        {...form.getInputProps('expectedPeople')}
      />
      <Select
        label={t('booking.layout')}
        placeholder={chosen.length ? t('booking.layoutPlaceholder') : t('booking.layoutNoRoom')}
        data={data}
        disabled={data.length === 0}
        clearable
        clearButtonProps={{ 'aria-label': t('booking.clearLayout') }}
        {...form.getInputProps('layout')}
      />
    </SimpleGrid>
  );
}

/** Option, request or confirmed; an option needs its last day. The key holder matters outside the beheerder's hours. */
export function StatusFields({ form, renterHasKey }: { form: Form; renterHasKey: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Input.Wrapper label={t('booking.statusLabel')} labelElement="div" id="booking-status">
        {/* A block of its own, so the label sits above it as with every other field. */}
        <div>
          <SegmentedControl
            mt={4}
            aria-labelledby="booking-status-label"
            data={STATUSES.map((s) => ({ value: s, label: t(`booking.status.${s}`) }))}
            {...form.getInputProps('status')}
          />
        </div>
      </Input.Wrapper>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        {form.values.status === 'optie' && (
          <DateField
            label={t('booking.optionUntil')}
            description={t('booking.optionUntilHelp')}
            required
            {...form.getInputProps('optionUntil')}
          />
        )}
        <KeyHolderField form={form} renterHasKey={renterHasKey} />
      </SimpleGrid>
    </Stack>
  );
}

/** Exemption and a discount in euros with its reason; the price itself comes from the tariff table. */
export function PriceFields({ form }: { form: Form }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (
    <Section legend={t('booking.price')}>
      <Text size="sm" c="dimmed" mb="xs">
        {t('booking.priceHelp')}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <Select
          label={t('booking.exemption')}
          data={EXEMPTION_CHOICES.map((e) => ({ value: e, label: t(`booking.exemptions.${e}`) }))}
          allowDeselect={false}
          {...form.getInputProps('exemption')}
        />
        <NumberInput
          label={t('booking.discount')}
          prefix="€ "
          decimalSeparator={english ? '.' : ','}
          thousandSeparator={english ? ',' : '.'}
          decimalScale={2}
          min={0}
          {...form.getInputProps('discountEuros')}
        />
        <TextInput
          label={t('booking.discountReason')}
          required={Number(form.values.discountEuros) > 0}
          {...form.getInputProps('discountReason')}
        />
      </SimpleGrid>
    </Section>
  );
}

export function NotesField({ form }: { form: Form }) {
  const { t } = useTranslation();
  // Grows with its text through CSS (agenda.css) rather than Mantine's autosize, which measures in script
  // as the dialog mounts: two forced layouts of the whole page behind it before the dialog could paint.
  return (
    <Textarea
      label={t('booking.notes')}
      description={t('booking.notesHelp')}
      classNames={{ input: 'booking-notes' }}
      {...form.getInputProps('notes')}
    />
  );
}
