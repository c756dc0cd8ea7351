import type { ReactNode } from 'react';
import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../components/DataTable';
import { formatTime } from '../../../format';
import { useFormat } from '../../../hooks/useFormat';
import { NO_TRUNCATE } from '../shared/groups';
import { sessionState, type Session, type SessionState } from '../shared/sessionState';

const STATE_COLOR: Record<SessionState, string> = {
  cancelled: 'red',
  future: 'gray',
  counted: 'green',
  open: 'yellow',
};

/** Sessions with their counts; cancelled and future ones are shaded, as they cannot be counted. */
export function SessionsTable({
  sessions,
  showDate,
  actions,
  empty,
}: {
  sessions: readonly Session[];
  showDate: boolean;
  actions?: (s: Session) => ReactNode;
  empty: ReactNode;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const columns: Column<Session>[] = [
    ...(showDate
      ? [
          {
            key: 'date',
            header: t('attendance.date'),
            render: (s: Session) => (
              <Text span style={{ whiteSpace: 'nowrap' }}>
                {f.date(s.date).replace(/ \d{4}$/, '')}
              </Text>
            ),
          },
        ]
      : []),
    {
      key: 'time',
      header: t('attendance.time'),
      render: (s) =>
        s.daypart
          ? t(`attendance.dayparts.${s.daypart as 'ochtend'}`)
          : `${formatTime(s.start.slice(11))}–${formatTime(s.end.slice(11))}`,
    },
    {
      key: 'activity',
      header: t('attendance.activity'),
      render: (s) => (
        <Text fw={600} td={s.cancelled ? 'line-through' : undefined}>
          {s.activityName}
        </Text>
      ),
    },
    { key: 'rooms', header: t('attendance.rooms'), render: (s) => s.rooms.join(', ') || '—' },
    {
      key: 'state',
      header: t('attendance.state'),
      render: (s) => (
        <Badge color={STATE_COLOR[sessionState(s)]} c="black" variant="light" tt="none" size="md" styles={NO_TRUNCATE}>
          {t(`attendance.states.${sessionState(s)}`)}
        </Badge>
      ),
    },
    { key: 'total', header: t('attendance.total'), numeric: true, render: (s) => s.counts?.total ?? '—' },
    { key: 'unknown', header: t('attendance.unknown'), numeric: true, render: (s) => s.counts?.unknown ?? '—' },
    { key: 'new', header: t('attendance.newVisitors'), numeric: true, render: (s) => s.counts?.newVisitors ?? '—' },
  ];
  if (actions) columns.push({ key: 'actions', header: t('common.actions'), render: actions, screenOnly: true });
  return (
    <DataTable
      label={t('attendance.tableLabel')}
      columns={columns}
      rows={sessions}
      rowKey={(s) => s.id}
      empty={empty}
      minWidth={900}
      // A light grey band rather than faded text: faded text would fall below readable contrast.
      rowProps={(s) =>
        ['cancelled', 'future'].includes(sessionState(s))
          ? { style: { background: 'var(--mantine-color-gray-1)' } }
          : {}
      }
    />
  );
}
