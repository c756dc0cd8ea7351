import type { ReactNode } from 'react';
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { DataTable } from '../../../components/DataTable';
import { formatTime, wallClockOf } from '../../../format';
import { useFormat } from '../../../hooks/useFormat';

type User = Output<'users.list'>[number];

export function UsersTable({
  users,
  selfId,
  actions,
}: {
  users: User[];
  selfId: number;
  actions: (u: User) => ReactNode;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const now = new Date().toISOString();
  return (
    <DataTable
      label={t('accounts.tableLabel')}
      minWidth={900}
      rows={users}
      rowKey={(u) => u.id}
      columns={[
        {
          key: 'name',
          header: t('accounts.name'),
          render: (u) => (
            <Text fw={600} size="sm">
              {u.name}
              {u.id === selfId && (
                <Text span c="dimmed" size="sm">
                  {' '}
                  ({t('accounts.you')})
                </Text>
              )}
            </Text>
          ),
        },
        {
          key: 'username',
          header: t('fields.username'),
          render: (u) => (
            <Text size="sm" ff="monospace">
              {u.username}
            </Text>
          ),
        },
        {
          key: 'role',
          header: t('accounts.role'),
          render: (u) => (
            <Badge variant="light" color={u.role === 'beheerder' ? 'wijk' : 'blue'}>
              {t(`roles.${u.role}`)}
            </Badge>
          ),
        },
        {
          key: 'active',
          header: t('accounts.status'),
          render: (u) => (
            <Badge variant="light" color={u.active ? 'green' : 'gray'}>
              {u.active ? t('accounts.statusActive') : t('accounts.statusInactive')}
            </Badge>
          ),
        },
        {
          key: 'lastLogin',
          header: t('accounts.lastLogin'),
          render: (u) =>
            u.lastLoginAt ? (
              f.wallClock(u.lastLoginAt)
            ) : (
              <Text span c="dimmed" size="sm">
                {t('accounts.never')}
              </Text>
            ),
        },
        {
          key: 'locked',
          header: t('accounts.locked'),
          render: (u) =>
            u.lockedUntil && u.lockedUntil > now ? (
              <Badge variant="light" color="orange">
                {t('accounts.lockedUntil', { time: formatTime(wallClockOf(new Date(u.lockedUntil)).slice(11)) })}
              </Badge>
            ) : (
              <Text span c="dimmed" size="sm">
                —
              </Text>
            ),
        },
        {
          key: 'actions',
          header: t('common.actions'),
          screenOnly: true,
          render: (u) => (
            <Group gap={4} wrap="nowrap">
              {actions(u)}
            </Group>
          ),
        },
      ]}
    />
  );
}
