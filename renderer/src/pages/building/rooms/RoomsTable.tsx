import type { ReactNode } from 'react';
import { Badge, ColorSwatch, Group, Text } from '@mantine/core';
import { IconAccessible, IconAccessibleOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { layoutLabel } from './layouts';
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
        {
          key: 'name',
          header: t('rooms.name'),
          render: (r) => (
            <div>
              <span className="swatch-cell">
                <ColorSwatch color={r.color} size={18} aria-hidden />
                <Text fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {r.name}
                </Text>
              </span>
              {!r.active && (
                <Badge size="sm" variant="light" color="gray" mt={4} display="block">
                  {t('rooms.archived')}
                </Badge>
              )}
              {r.facilities.length > 0 && (
                <Text size="xs" c="dimmed" mt={2}>
                  {r.facilities.join(', ')}
                </Text>
              )}
            </div>
          ),
        },
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
        {
          key: 'layouts',
          header: t('rooms.layouts'),
          render: (r) =>
            r.layouts.length ? (
              <Group gap={4}>
                {r.layouts.map((l) => (
                  <Badge key={l.layout} variant="default" size="sm" tt="none">
                    {layoutLabel(l.layout)} {l.capacity}
                  </Badge>
                ))}
              </Group>
            ) : (
              <Text span c="dimmed">
                —
              </Text>
            ),
        },
        {
          key: 'accessible',
          header: t('rooms.accessibleColumn'),
          render: (r) => (
            <Group gap={4} wrap="nowrap">
              {r.wheelchairAccessible ? (
                <IconAccessible size={18} aria-hidden />
              ) : (
                <IconAccessibleOff size={18} aria-hidden />
              )}
              <Text size="sm">{r.wheelchairAccessible ? t('rooms.accessibleYes') : t('rooms.accessibleNo')}</Text>
            </Group>
          ),
        },
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
