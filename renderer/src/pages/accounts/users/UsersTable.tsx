import type { ReactNode } from 'react';
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { DataTable } from '../../../components/DataTable';
import { UserLastLoginCell, UserLockCell, UserNameCell } from './UserCells';

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
  const now = new Date().toISOString();
  return (
    <DataTable
      label={t('accounts.tableLabel')}
      minWidth={900}
      rows={users}
      rowKey={(u) => u.id}
      columns={[
        { key: 'name', header: t('accounts.name'), render: (u) => <UserNameCell user={u} isSelf={u.id === selfId} /> },
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
        { key: 'lastLogin', header: t('accounts.lastLogin'), render: (u) => <UserLastLoginCell user={u} /> },
        { key: 'locked', header: t('accounts.locked'), render: (u) => <UserLockCell user={u} now={now} /> },
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
