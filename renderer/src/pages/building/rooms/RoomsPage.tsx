import { useState } from 'react';
import { ActionIcon, Button, Card, Group, Stack, Switch, Text, Tooltip } from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconDoor, IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useAction } from '../../../hooks/useAction';
import { useApi } from '../../../hooks/useApi';
import { useMe } from '../../../session/SessionContext';
import { RoomModal } from './RoomModal';
import { RoomsTable } from './RoomsTable';
import type { Room } from './roomForm';
import { notifySuccess } from '../../../notify';

export function RoomsPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  const canEdit = user.role === 'beheerder';
  const [includeArchived, setIncludeArchived] = useState(false);
  const rooms = useApi('rooms.list', { includeArchived });
  // undefined: closed; null: adding; a room: editing it.
  const [editing, setEditing] = useState<Room | null | undefined>(undefined);
  const [archiving, setArchiving] = useState<Room | null>(null);
  const { busy, run } = useAction();

  const add = (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing(null)}>
      {t('rooms.add')}
    </Button>
  );

  const restore = (room: Room) =>
    run(
      `restore-${room.id}`,
      async () => {
        await call('rooms.restore', { id: room.id });
        rooms.reload();
      },
      t('rooms.restored', { name: room.name }),
    );

  const actions = (room: Room) =>
    room.active ? (
      <Group gap={4} wrap="nowrap">
        <Tooltip label={t('common.edit')}>
          <ActionIcon
            variant="subtle"
            size="lg"
            aria-label={t('rooms.editOne', { name: room.name })}
            onClick={() => setEditing(room)}
          >
            <IconPencil size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Tooltip label={t('rooms.archive')}>
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('rooms.archiveOne', { name: room.name })}
            onClick={() => setArchiving(room)}
          >
            <IconArchive size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
    ) : (
      <Button
        variant="light"
        size="xs"
        leftSection={<IconArrowBackUp size={16} aria-hidden />}
        loading={busy === `restore-${room.id}`}
        onClick={() => void restore(room)}
        aria-label={t('rooms.restoreOne', { name: room.name })}
      >
        {t('rooms.restore')}
      </Button>
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
      <ConfirmModal
        opened={archiving !== null}
        onClose={() => setArchiving(null)}
        title={t('rooms.archiveTitle')}
        confirmLabel={t('rooms.archive')}
        danger
        onConfirm={async () => {
          if (!archiving) return;
          await call('rooms.archive', { id: archiving.id });
          notifySuccess(t('rooms.archivedDone', { name: archiving.name }));
          rooms.reload();
        }}
      >
        {archiving && <Text>{t('rooms.archiveConfirm', { name: archiving.name })}</Text>}
      </ConfirmModal>
    </>
  );
}
