import { useState } from 'react';
import { ActionIcon, Badge, Button, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconTags } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import type { ApiQuery } from '../../../hooks/useApi';
import type { VolunteerRole } from '../shared/types';
import { RoleModal } from './RoleModal';

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

/** The roles and skills of this house (bar, balie, sleutelhouder, …): which ask for a VOG, which hold keys. */
export function RolesCard({ roles, onChanged }: { roles: ApiQuery<VolunteerRole[]>; onChanged: () => void }) {
  const { t } = useTranslation();
  // undefined: closed; null: adding; a role: editing it.
  const [editing, setEditing] = useState<VolunteerRole | null | undefined>(undefined);
  return (
    <SectionCard
      title={t('volunteers.roles.title')}
      icon={<IconTags size={22} aria-hidden />}
      aside={
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setEditing(null)}
        >
          {t('volunteers.roles.add')}
        </Button>
      }
    >
      <Text size="sm" c="dimmed" mb="sm">
        {t('volunteers.roles.intro')}
      </Text>
      <QueryState query={roles}>
        {(list) => (
          <DataTable
            label={t('volunteers.roles.title')}
            minWidth={560}
            rows={list}
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
                      onClick={() => setEditing(r)}
                    >
                      <IconPencil size={18} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      {editing !== undefined && (
        <RoleModal role={editing ?? undefined} onClose={() => setEditing(undefined)} onSaved={onChanged} />
      )}
    </SectionCard>
  );
}
