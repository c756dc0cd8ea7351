import type { ReactNode } from 'react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { RoomAccessibleCell, RoomLayoutsCell, RoomNameCell } from './RoomCells';
import type { Room } from './roomForm';

export function RoomsTable({
  rooms,
  actions,
  empty,
}: {
  rooms: Room[];
  actions?: (room: Room) => ReactNode;
  empty: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <DataTable
      label={t('rooms.tableLabel')}
      minWidth={860}
      rows={rooms}
      rowKey={(r) => r.id}
      empty={empty}
      columns={[
        { key: 'name', header: t('rooms.name'), render: (r) => <RoomNameCell room={r} /> },
        {
          key: 'floor',
          header: t('rooms.floor'),
          render: (r) =>
            r.floor || (
              <Text span c="dimmed">
                —
              </Text>
            ),
        },
        {
          key: 'capacity',
          header: t('rooms.maxCapacity'),
          numeric: true,
          render: (r) => (r.maxCapacity ? t('rooms.peopleCount', { count: r.maxCapacity }) : '—'),
        },
        { key: 'layouts', header: t('rooms.layouts'), render: (r) => <RoomLayoutsCell room={r} /> },
        { key: 'accessible', header: t('rooms.accessibleColumn'), render: (r) => <RoomAccessibleCell room={r} /> },
        {
          key: 'changeover',
          header: t('rooms.changeover'),
          numeric: true,
          render: (r) => t('rooms.minutes', { count: r.changeoverMinutes }),
        },
        ...(actions ? [{ key: 'actions', header: t('common.actions'), screenOnly: true, render: actions }] : []),
      ]}
    />
  );
}
