import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { notifySuccess } from '../../../notify';
import type { Room } from './roomForm';

export function ArchiveRoomModal({
  room,
  onClose,
  onArchived,
}: {
  room: Room | null;
  onClose: () => void;
  onArchived: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmModal
      opened={room !== null}
      onClose={onClose}
      title={t('rooms.archiveTitle')}
      confirmLabel={t('rooms.archive')}
      danger
      onConfirm={async () => {
        if (!room) return;
        await call('rooms.archive', { id: room.id });
        notifySuccess(t('rooms.archivedDone', { name: room.name }));
        onArchived();
      }}
    >
      {room && <Text>{t('rooms.archiveConfirm', { name: room.name })}</Text>}
    </ConfirmModal>
  );
}
