import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { SectionCard } from '../../../components/SectionCard';
import { formatTime } from '../../../format';
import { useFormat } from '../../../hooks/useFormat';
import type { DashboardBooking } from './types';

/** 09:00–12:00, or with the date on the side that lies on another day (a party until 01:00). */
function useTimeRange(today: string) {
  const f = useFormat();
  const part = (stamp: string) => (stamp.slice(0, 10) === today ? formatTime(stamp.slice(11, 16)) : f.wallClock(stamp));
  return (b: DashboardBooking) => `${part(b.start)}–${part(b.end)}`;
}

function StatusBadge({ booking }: { booking: DashboardBooking }) {
  const { t } = useTranslation();
  if (booking.status === 'bevestigd') return null;
  return (
    <Badge size="sm" variant="light" color={booking.status === 'optie' ? 'yellow' : 'blue'}>
      {t(`today.bookingStatus.${booking.status}`)}
    </Badge>
  );
}

export function BookingsCard({
  bookings,
  next,
  today,
  showAgenda,
}: {
  bookings: DashboardBooking[];
  next: DashboardBooking | null;
  today: string;
  showAgenda: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const range = useTimeRange(today);
  const links = [
    { to: '/dagoverzicht', label: t('today.toDaySheet') },
    ...(showAgenda ? [{ to: '/agenda', label: t('today.toAgenda') }] : []),
  ];
  return (
    <SectionCard
      title={t('today.bookingsTitle')}
      icon={<IconCalendarEvent size={24} aria-hidden />}
      aside={
        <Badge variant="light" size="lg">
          {bookings.length}
        </Badge>
      }
      links={links}
    >
      <Stack gap="sm">
        <DataTable
          label={t('today.bookingsTitle')}
          minWidth={360}
          rows={bookings}
          rowKey={(b) => b.id}
          empty={<Text c="dimmed">{t('today.noBookings')}</Text>}
          columns={[
            {
              key: 'time',
              header: t('today.time'),
              render: (b) => (
                <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {range(b)}
                </Text>
              ),
            },
            { key: 'room', header: t('beheer.room'), render: (b) => b.roomNames.join(', ') },
            {
              key: 'what',
              header: t('today.what'),
              render: (b) => (
                <Group gap={6}>
                  <Text size="sm">{b.title}</Text>
                  <StatusBadge booking={b} />
                  <Text size="xs" c="dimmed" w="100%">
                    {b.renterName}
                  </Text>
                </Group>
              ),
            },
          ]}
        />
        {next && (
          <Text size="sm">
            <Text span fw={600}>
              {t('today.next')}
            </Text>{' '}
            {t('today.nextLine', {
              when: next.start.slice(0, 10) === today ? formatTime(next.start.slice(11, 16)) : f.wallClock(next.start),
              title: next.title,
              rooms: next.roomNames.join(', '),
            })}
          </Text>
        )}
      </Stack>
    </SectionCard>
  );
}
