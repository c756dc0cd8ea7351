import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { useFormat } from '../../../hooks/useFormat';
import { ActivityCell, KeyHolder, RenterCell, RoomCell, StatusCell, When, type DaySheet } from './DayBookingCells';

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
        { key: 'room', header: t('daySheet.room'), render: (b) => <RoomCell b={b} /> },
        { key: 'title', header: t('daySheet.activity'), render: (b) => <ActivityCell b={b} /> },
        { key: 'renter', header: t('daySheet.renter'), render: (b) => <RenterCell b={b} /> },
        { key: 'key', header: t('daySheet.keyHolder'), render: (b) => <KeyHolder b={b} day={sheet.day} /> },
        { key: 'status', header: t('daySheet.statusColumn'), render: (b) => <StatusCell b={b} /> },
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
