import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { ConfirmModal } from '../ConfirmModal';
import { notifySuccess } from '../../notify';
import type { Archivable, ArchiveKind } from './kinds';

/** Asks before archiving a room or renter: it leaves the pick lists and keeps its history. */
export function ArchiveModal({
  kind,
  item,
  onClose,
  onArchived,
}: {
  kind: ArchiveKind;
  item: Archivable | null;
  onClose: () => void;
  onArchived: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmModal
      opened={item !== null}
      onClose={onClose}
      title={t(`${kind}.archiveTitle`)}
      confirmLabel={t(`${kind}.archive`)}
      danger
      onConfirm={async () => {
        if (!item) return;
        await call(`${kind}.archive`, { id: item.id });
        notifySuccess(t(`${kind}.archivedDone`, { name: item.name }));
        onArchived();
      }}
    >
      {item && <Text>{t(`${kind}.archiveConfirm`, { name: item.name })}</Text>}
    </ConfirmModal>
  );
}
