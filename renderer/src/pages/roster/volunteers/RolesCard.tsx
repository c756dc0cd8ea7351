import { useState } from 'react';
import { Button, Text } from '@mantine/core';
import { IconPlus, IconTags } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import type { ApiQuery } from '../../../hooks/useApi';
import type { VolunteerRole } from '../shared/types';
import { RoleModal } from './RoleModal';
import { RolesTable } from './RolesTable';

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
      <QueryState query={roles}>{(list) => <RolesTable roles={list} onEdit={setEditing} />}</QueryState>
      {editing !== undefined && (
        <RoleModal role={editing ?? undefined} onClose={() => setEditing(undefined)} onSaved={onChanged} />
      )}
    </SectionCard>
  );
}
