import { useState } from 'react';
import { Button, Card, Group, Stack, Switch, Text } from '@mantine/core';
import { IconDoor, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useAction } from '../../../hooks/useAction';
import { useApi } from '../../../hooks/useApi';
import { useMe } from '../../../session/SessionContext';
import { ArchiveModal } from '../../../components/archive/ArchiveModal';
import { RoomModal } from './RoomModal';
import { ArchiveRowActions } from '../../../components/archive/ArchiveRowActions';
import { RoomsTable } from './RoomsTable';
import type { Room } from './roomForm';

export function RoomsPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  const canEdit = user.role === 'beheerder';
  const [includeArchived, setIncludeArchived] = useState(false);
  const rooms = useApi('rooms.list', { includeArchived });
  // undefined: closed; null: adding; a room: editing it.
  const [editing, setEditing] = useState<Room | null | undefined>(undefined);
  const [archiving, setArchiving] = useState<Room | null>(null);
  const restoring = useAction();

  const add = (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing(null)}>
      {t('rooms.add')}
    </Button>
  );

  const actions = (room: Room) => (
    <ArchiveRowActions
      kind="rooms"
      item={room}
      onEdit={setEditing}
      onArchive={setArchiving}
      onRestored={rooms.reload}
      restore={restoring}
    />
  );

  return (
    <>
      <PageHeader
        title={t('rooms.title')}
        description={canEdit ? t('rooms.intro') : t('rooms.introReadOnly')}
        actions={canEdit ? add : undefined}
      />
      <Card withBorder radius="md" padding="lg">
        <Stack gap="sm">
          <Group justify="flex-end">
            <Switch
              label={t('rooms.showArchived')}
              checked={includeArchived}
              onChange={(e) => setIncludeArchived(e.currentTarget.checked)}
            />
          </Group>
          <QueryState query={rooms}>
            {(list) => (
              <RoomsTable
                rooms={list}
                actions={canEdit ? actions : undefined}
                empty={
                  <EmptyMessage
                    icon={<IconDoor aria-hidden />}
                    title={t('rooms.emptyTitle')}
                    description={canEdit ? t('rooms.emptyHelp') : t('rooms.emptyReadOnly')}
                    action={canEdit ? add : undefined}
                  />
                }
              />
            )}
          </QueryState>
          {restoring.alert}
          {rooms.data && rooms.data.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('rooms.count', { count: rooms.data.filter((r) => r.active).length })}
            </Text>
          )}
        </Stack>
      </Card>

      {editing !== undefined && (
        <RoomModal room={editing ?? undefined} onClose={() => setEditing(undefined)} onSaved={rooms.reload} />
      )}
      <ArchiveModal kind="rooms" item={archiving} onClose={() => setArchiving(null)} onArchived={rooms.reload} />
    </>
  );
}
