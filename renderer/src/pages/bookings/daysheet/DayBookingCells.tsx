import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { addMinutesToClock, outsideBeheerder } from './dayTimes';
import { formatTime } from '../../../format';
import { useFormat } from '../../../hooks/useFormat';
import { layoutLabel } from '../../building/rooms/layouts';
import { BookingStatusBadge } from '../bookingStatus';

export type DaySheet = Output<'bookings.day'>;
type Booking = DaySheet['bookings'][number];

const Small = ({ children }: { children: React.ReactNode }) => (
  <Text size="xs" c="dimmed">
    {children}
  </Text>
);

export function When({ b, date }: { b: Booking; date: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const startDay = b.start.slice(0, 10);
  const endDay = b.end.slice(0, 10);
  return (
    <div>
      <Text fw={700} size="sm" style={{ whiteSpace: 'nowrap' }}>
        {formatTime(b.start.slice(11))}–{formatTime(b.end.slice(11))}
      </Text>
      {startDay !== date && <Small>{t('daySheet.startedOn', { date: f.date(startDay) })}</Small>}
      {endDay !== date && <Small>{t('daySheet.endsOn', { date: f.date(endDay) })}</Small>}
      {b.setupMinutes > 0 && (
        <Small>{t('daySheet.setupFrom', { time: addMinutesToClock(b.start, -b.setupMinutes) })}</Small>
      )}
      {b.teardownMinutes > 0 && (
        <Small>{t('daySheet.teardownUntil', { time: addMinutesToClock(b.end, b.teardownMinutes) })}</Small>
      )}
    </div>
  );
}

export function KeyHolder({ b, day }: { b: Booking; day: DaySheet['day'] }) {
  const { t } = useTranslation();
  const outside = outsideBeheerder(b, day);
  // The core's keyHolderShown, but in the interface language: the named key holder, else the renter with key rights.
  const shown = b.keyHolder || (b.renterKeyRights ? t('daySheet.keyRightsOf', { name: b.renterName }) : '');
  return (
    <Stack gap={2}>
      {shown ? (
        <Text size="sm">{shown}</Text>
      ) : (
        !outside && (
          <Text size="sm" c="dimmed">
            {t('daySheet.beheerderPresent')}
          </Text>
        )
      )}
      {/* Plain text, not a badge: the warning must wrap in a narrow column and on paper, never be cut off. */}
      {outside && (
        <Text size="xs" fw={600} c={shown ? 'orange.9' : 'red.9'}>
          {shown ? t('daySheet.outsideBeheerder') : t('daySheet.keyHolderNeeded')}
        </Text>
      )}
    </Stack>
  );
}

export function RoomCell({ b }: { b: Booking }) {
  const { t } = useTranslation();
  return (
    <div>
      {b.roomNames.map((name) => (
        <Text key={name} size="sm" fw={600}>
          {name}
        </Text>
      ))}
      {b.layout && <Small>{t('daySheet.layout', { layout: layoutLabel(b.layout) })}</Small>}
      {b.expectedPeople !== null && <Small>{t('daySheet.people', { count: b.expectedPeople })}</Small>}
    </div>
  );
}

export function ActivityCell({ b }: { b: Booking }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {b.title}
      </Text>
      {b.activity && <Small>{b.activity}</Small>}
    </div>
  );
}

/** Who to call, with a phone number the desk can dial from the screen. */
export function RenterCell({ b }: { b: Booking }) {
  return (
    <div>
      <Text size="sm">{b.renterName}</Text>
      {b.contact.contactPerson && <Small>{b.contact.contactPerson}</Small>}
      {b.contact.phone && (
        <Anchor size="xs" href={`tel:${b.contact.phone.replace(/[^\d+]/g, '')}`} style={{ whiteSpace: 'nowrap' }}>
          {b.contact.phone}
        </Anchor>
      )}
    </div>
  );
}

export function StatusCell({ b }: { b: Booking }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div>
      <BookingStatusBadge status={b.status} />
      {b.status === 'optie' && b.optionUntil && (
        <Small>{t('daySheet.optionUntil', { date: f.date(b.optionUntil) })}</Small>
      )}
    </div>
  );
}
