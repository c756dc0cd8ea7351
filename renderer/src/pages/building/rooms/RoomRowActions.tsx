import { ActionIcon, Button, Group, Tooltip } from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { useAction } from '../../../hooks/useAction';
import type { Room } from './roomForm';

/** An active room is edited or archived; an archived one can only be brought back. */
export function RoomRowActions({
  room,
  onEdit,
  onArchive,
  onRestored,
}: {
  room: Room;
  onEdit: (room: Room) => void;
  onArchive: (room: Room) => void;
  onRestored: () => void;
}) {
  const { t } = useTranslation();
  if (!room.active) return <RestoreRoomButton room={room} onRestored={onRestored} />;
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={t('common.edit')}>
        <ActionIcon
          variant="subtle"
          size="lg"
          aria-label={t('rooms.editOne', { name: room.name })}
          onClick={() => onEdit(room)}
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
          onClick={() => onArchive(room)}
        >
          <IconArchive size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

function RestoreRoomButton({ room, onRestored }: { room: Room; onRestored: () => void }) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const restore = () =>
    run(
      `restore-${room.id}`,
      async () => {
        await call('rooms.restore', { id: room.id });
        onRestored();
      },
      t('rooms.restored', { name: room.name }),
    );
  return (
    <Button
      variant="light"
      size="xs"
      leftSection={<IconArrowBackUp size={16} aria-hidden />}
      loading={busy === `restore-${room.id}`}
      onClick={() => void restore()}
      aria-label={t('rooms.restoreOne', { name: room.name })}
    >
      {t('rooms.restore')}
    </Button>
  );
}
