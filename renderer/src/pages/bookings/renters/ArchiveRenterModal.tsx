import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { notifySuccess } from '../../../notify';
import type { Renter } from './renterForm';

export function ArchiveRenterModal({
  renter,
  onClose,
  onArchived,
}: {
  renter: Renter | null;
  onClose: () => void;
  onArchived: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmModal
      opened={renter !== null}
      onClose={onClose}
      title={t('renters.archiveTitle')}
      confirmLabel={t('renters.archive')}
      danger
      onConfirm={async () => {
        if (!renter) return;
        await call('renters.archive', { id: renter.id });
        notifySuccess(t('renters.archivedDone', { name: renter.name }));
        onArchived();
      }}
    >
      {renter && <Text>{t('renters.archiveConfirm', { name: renter.name })}</Text>}
    </ConfirmModal>
  );
}
