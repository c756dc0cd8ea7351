import { useState } from 'react';
import { ActionIcon, Button, Card, Group, Stack, Switch, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useMe } from '../../../session/SessionContext';
import { ActivitiesTable } from './ActivitiesTable';
import { ActivityModal } from './ActivityModal';
import { AgeBandsCard } from './AgeBandsCard';
import type { Activity } from './activityForm';

export function ActivitiesPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  const canEdit = user.role === 'beheerder';
  const [includeInactive, setIncludeInactive] = useState(false);
  const activities = useApi('activities.list', { includeInactive });
  // undefined: closed; null: adding; an activity: editing it.
  const [editing, setEditing] = useState<Activity | null | undefined>(undefined);

  const add = (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing(null)}>
      {t('activities.add')}
    </Button>
  );
  const actions = (a: Activity) => (
    <Tooltip label={t('common.edit')}>
      <ActionIcon
        variant="subtle"
        size="lg"
        aria-label={t('activities.editOne', { name: a.name })}
        onClick={() => setEditing(a)}
      >
        <IconPencil size={18} aria-hidden />
      </ActionIcon>
    </Tooltip>
  );

  return (
    <>
      <PageHeader
        title={t('activities.title')}
        description={canEdit ? t('activities.intro') : t('activities.introReadOnly')}
        actions={canEdit ? add : undefined}
      />
      <Stack gap="lg">
        <Card withBorder radius="md" padding="lg">
          <Stack gap="sm">
            <Group justify="flex-end">
              <Switch
                label={t('activities.showInactive')}
                checked={includeInactive}
                onChange={(e) => setIncludeInactive(e.currentTarget.checked)}
              />
            </Group>
            <QueryState query={activities}>
              {(list) => (
                <ActivitiesTable
                  activities={list}
                  actions={canEdit ? actions : undefined}
                  empty={
                    <EmptyMessage
                      icon={<IconUsersGroup aria-hidden />}
                      title={t('activities.emptyTitle')}
                      description={canEdit ? t('activities.emptyHelp') : undefined}
                      action={canEdit ? add : undefined}
                    />
                  }
                />
              )}
            </QueryState>
          </Stack>
        </Card>
        {canEdit && <AgeBandsCard />}
      </Stack>
      {editing !== undefined && (
        <ActivityModal
          activity={editing ?? undefined}
          onClose={() => setEditing(undefined)}
          onSaved={activities.reload}
        />
      )}
    </>
  );
}
