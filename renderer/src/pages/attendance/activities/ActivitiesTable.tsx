import type { ReactNode } from 'react';
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../components/DataTable';
import { PriorityBadges } from '../shared/groups';
import type { Activity } from './activityForm';

export function ActivitiesTable({
  activities,
  actions,
  empty,
}: {
  activities: readonly Activity[];
  actions?: (a: Activity) => ReactNode;
  empty: ReactNode;
}) {
  const { t } = useTranslation();
  const columns: Column<Activity>[] = [
    {
      key: 'name',
      header: t('activities.name'),
      render: (a) => (
        <Group gap={6}>
          <Text fw={600}>{a.name}</Text>
          {a.walkIn && (
            <Badge variant="outline" color="blue" c="blue.9" tt="none">
              {t('activities.walkInBadge')}
            </Badge>
          )}
          {!a.active && (
            <Badge variant="outline" color="gray" c="dark" tt="none">
              {t('activities.inactiveBadge')}
            </Badge>
          )}
        </Group>
      ),
    },
    { key: 'category', header: t('activities.category'), render: (a) => a.categoryName },
    {
      key: 'groups',
      header: t('activities.priorityGroups'),
      render: (a) => <PriorityBadges groups={a.priorityGroups} />,
    },
    {
      key: 'organiser',
      header: t('activities.organiser'),
      render: (a) => a.organiserName || t(`activities.organiserKinds.${a.organiserKind}`),
    },
    {
      key: 'public',
      header: t('activities.publicShort'),
      render: (a) => (a.public ? t('activities.yes') : t('activities.no')),
    },
    {
      key: 'links',
      header: t('activities.linked'),
      // A walk-in has no bookings: its sessions are opened per day-part at the desk.
      render: (a) =>
        a.walkIn && a.seriesIds.length + a.bookingIds.length === 0
          ? t('activities.perDaypart')
          : t('activities.linkCount', { series: a.seriesIds.length, bookings: a.bookingIds.length }),
    },
  ];
  if (actions) columns.push({ key: 'actions', header: t('common.actions'), render: actions, screenOnly: true });
  return (
    <DataTable
      label={t('activities.tableLabel')}
      columns={columns}
      rows={activities}
      rowKey={(a) => a.id}
      empty={empty}
      minWidth={900}
    />
  );
}
