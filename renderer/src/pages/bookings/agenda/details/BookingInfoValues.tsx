import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../hooks/useFormat';
import type { Booking } from '../types';

/** The price with its VAT rate when it has one, and how it was reached. */
export function BookingPrice({ booking: b }: { booking: Booking }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Stack gap={0}>
      <Text size="sm">
        {b.vatPercent
          ? t('booking.priceVat', { price: f.money(b.priceCents), vat: b.vatPercent })
          : f.money(b.priceCents)}
      </Text>
      {b.priceNote && (
        <Text size="xs" c="dimmed">
          {f.priceNote(b.priceNote)}
        </Text>
      )}
    </Stack>
  );
}

/** The series' rule, with the dates it skips. */
export function useSeriesText() {
  const { t } = useTranslation();
  const f = useFormat();
  return (series: { description: string; skipDates: string[] }) =>
    series.skipDates.length
      ? t('booking.seriesSkipping', { rule: series.description, dates: series.skipDates.map(f.date).join(', ') })
      : series.description;
}
