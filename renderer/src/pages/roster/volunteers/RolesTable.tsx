import { ActionIcon, Badge, Text, Tooltip } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import type { VolunteerRole } from '../shared/types';

const yesNo = (on: boolean, yes: string) =>
  on ? (
    <Text span size="sm">
      {yes}
    </Text>
  ) : (
    <Text span c="dimmed" size="sm">
      —
    </Text>
  );

export function RolesTable({ roles, onEdit }: { roles: VolunteerRole[]; onEdit: (role: VolunteerRole) => void }) {
  const { t } = useTranslation();
  return (
    <DataTable
      label={t('volunteers.roles.title')}
      minWidth={560}
      rows={roles}
      rowKey={(r) => r.id}
      columns={[
        {
          key: 'name',
          header: t('volunteers.roles.name'),
          render: (r) => (
            <Text size="sm" fw={600} c={r.active ? undefined : 'dimmed'}>
              {r.name}
            </Text>
          ),
        },
        {
          key: 'vog',
          header: t('volunteers.roles.vogColumn'),
          render: (r) => yesNo(r.needsVog, t('volunteers.roles.vogYes')),
        },
        {
          key: 'key',
          header: t('volunteers.roles.keyColumn'),
          render: (r) => yesNo(r.isKeyHolder, t('volunteers.roles.keyYes')),
        },
        {
          key: 'active',
          header: t('volunteers.fields.status'),
          render: (r) =>
            r.active ? (
              t('volunteers.roles.on')
            ) : (
              <Badge variant="light" color="gray">
                {t('volunteers.roles.off')}
              </Badge>
            ),
        },
        {
          key: 'actions',
          header: t('common.actions'),
          screenOnly: true,
          render: (r) => (
            <Tooltip label={t('common.edit')}>
              <ActionIcon
                variant="subtle"
                size="lg"
                aria-label={t('volunteers.roles.editOne', { name: r.name })}
                onClick={() => onEdit(r)}
              >
                <IconPencil size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
          ),
        },
      ]}
    />
  );
}
