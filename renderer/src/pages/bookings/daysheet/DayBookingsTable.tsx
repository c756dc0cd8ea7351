import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { DataTable } from '../../../components/DataTable';
import { addMinutesToClock, outsideBeheerder } from './dayTimes';
import { formatTime } from '../../../format';
import { useFormat } from '../../../hooks/useFormat';
import { layoutLabel } from '../../building/rooms/layouts';
import { BookingStatusBadge } from '../bookingStatus';

type DaySheet = Output<'bookings.day'>;
type Booking = DaySheet['bookings'][number];

const Small = ({ children }: { children: React.ReactNode }) => (
  <Text size="xs" c="dimmed">
    {children}
  </Text>
);

function When({ b, date }: { b: Booking; date: string }) {
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

function KeyHolder({ b, day }: { b: Booking; day: DaySheet['day'] }) {
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

/** Every booking of the day with what the desk needs: when, where, who to call, keys, status and notes. */
export function DayBookingsTable({ sheet, date, empty }: { sheet: DaySheet; date: string; empty: React.ReactNode }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <DataTable
      label={t('daySheet.tableLabel', { date: f.dateLong(date) })}
      minWidth={1000}
      rows={sheet.bookings}
      rowKey={(b) => b.id}
      empty={empty}
      columns={[
        { key: 'time', header: t('daySheet.time'), render: (b) => <When b={b} date={date} /> },
        {
          key: 'room',
          header: t('daySheet.room'),
          render: (b) => (
            <div>
              {b.roomNames.map((name) => (
                <Text key={name} size="sm" fw={600}>
                  {name}
                </Text>
              ))}
              {b.layout && <Small>{t('daySheet.layout', { layout: layoutLabel(b.layout) })}</Small>}
              {b.expectedPeople !== null && <Small>{t('daySheet.people', { count: b.expectedPeople })}</Small>}
            </div>
          ),
        },
        {
          key: 'title',
          header: t('daySheet.activity'),
          render: (b) => (
            <div>
              <Text size="sm" fw={600}>
                {b.title}
              </Text>
              {b.activity && <Small>{b.activity}</Small>}
            </div>
          ),
        },
        {
          key: 'renter',
          header: t('daySheet.renter'),
          render: (b) => (
            <div>
              <Text size="sm">{b.renterName}</Text>
              {b.contact.contactPerson && <Small>{b.contact.contactPerson}</Small>}
              {b.contact.phone && (
                <Anchor
                  size="xs"
                  href={`tel:${b.contact.phone.replace(/[^\d+]/g, '')}`}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {b.contact.phone}
                </Anchor>
              )}
            </div>
          ),
        },
        { key: 'key', header: t('daySheet.keyHolder'), render: (b) => <KeyHolder b={b} day={sheet.day} /> },
        {
          key: 'status',
          header: t('daySheet.statusColumn'),
          render: (b) => (
            <div>
              <BookingStatusBadge status={b.status} />
              {b.status === 'optie' && b.optionUntil && (
                <Small>{t('daySheet.optionUntil', { date: f.date(b.optionUntil) })}</Small>
              )}
            </div>
          ),
        },
        {
          key: 'notes',
          header: t('daySheet.notes'),
          render: (b) =>
            b.notes ? (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {b.notes}
              </Text>
            ) : null,
        },
      ]}
    />
  );
}
