import type { ReactNode } from 'react';
import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { InfoList } from '../../../../components/InfoList';
import { useFormat } from '../../../../hooks/useFormat';
import { layoutLabel } from '../../../building/rooms/layouts';
import type { Booking, BookingStatus } from '../types';
import { BookingPrice, useSeriesText } from './BookingInfoValues';

export const STATUS_COLORS: Record<BookingStatus, string> = {
  optie: 'violet',
  aanvraag: 'yellow',
  bevestigd: 'green',
  geannuleerd: 'gray',
};

export function StatusBadge({ status }: { status: BookingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLORS[status]}>
      {t(`booking.status.${status}`)}
    </Badge>
  );
}

/** "ma 23 nov 2026 19:00–21:00", or with both dates when it runs past midnight. */
export function useWhen() {
  const f = useFormat();
  return (b: Pick<Booking, 'start' | 'end'>) =>
    b.start.slice(0, 10) === b.end.slice(0, 10)
      ? `${f.date(b.start)} ${b.start.slice(11)}–${b.end.slice(11)}`
      : `${f.wallClock(b.start)} – ${f.wallClock(b.end)}`;
}

/** Everything about one booking, as label–value pairs. */
export function BookingInfo({
  booking: b,
  series,
  payment,
}: {
  booking: Booking;
  series: { description: string; skipDates: string[] } | null;
  payment: ReactNode;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const when = useWhen();
  const seriesText = useSeriesText();
  const minutes = (n: number) => t('booking.minutesCount', { count: n });
  const items = [
    { label: t('booking.when'), value: when(b) },
    { label: t('booking.rooms'), value: b.roomNames.join(', ') },
    {
      label: t('booking.renter'),
      value: b.renterKeyRights ? t('booking.renterWithKey', { name: b.renterName }) : b.renterName,
    },
    { label: t('booking.statusLabel'), value: <StatusBadge status={b.status} /> },
    ...(b.status === 'optie' && b.optionUntil
      ? [{ label: t('booking.optionUntil'), value: f.date(b.optionUntil) }]
      : []),
    ...(b.status === 'geannuleerd' ? [{ label: t('booking.cancelReason'), value: b.cancelReason }] : []),
    ...(series ? [{ label: t('booking.series'), value: seriesText(series) }] : []),
    ...(b.detached ? [{ label: t('booking.detached'), value: t('booking.detachedHelp') }] : []),
    { label: t('booking.activity'), value: b.activity },
    { label: t('booking.expectedPeople'), value: b.expectedPeople ?? '' },
    { label: t('booking.layout'), value: b.layout ? layoutLabel(b.layout) : '' },
    {
      label: t('booking.setupTeardown'),
      value: b.setupMinutes || b.teardownMinutes ? `${minutes(b.setupMinutes)} / ${minutes(b.teardownMinutes)}` : '',
    },
    { label: t('booking.keyHolder'), value: b.keyHolder },
    ...(b.exemption ? [{ label: t('booking.exemption'), value: t(`booking.exemptions.${b.exemption}`) }] : []),
    ...(b.discountCents
      ? [{ label: t('booking.discount'), value: `${f.money(b.discountCents)} (${b.discountReason})` }]
      : []),
    { label: t('booking.price'), value: <BookingPrice booking={b} /> },
    { label: t('booking.payment'), value: payment },
    {
      label: t('booking.notes'),
      value: b.notes ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {b.notes}
        </Text>
      ) : (
        ''
      ),
    },
  ];
  return <InfoList items={items} />;
}
