import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call, type Output } from '../../../api/client';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { useFormat } from '../../../hooks/useFormat';

type Backup = Output<'backups.list'>[number];

export function RestoreBackupModal({
  backup,
  onClose,
  onRestored,
}: {
  backup: Backup | null;
  onClose: () => void;
  onRestored: (restored: Output<'backups.restore'>) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <ConfirmModal
      opened={backup !== null}
      onClose={onClose}
      title={t('backups.restoreTitle')}
      confirmLabel={t('backups.restoreConfirm')}
      danger
      onConfirm={async () => {
        if (!backup) return;
        onRestored(await call('backups.restore', { source: 'backup', name: backup.name }));
      }}
    >
      {backup && (
        <Stack gap="xs">
          <Text>{t('backups.restoreQuestion', { date: f.instant(backup.createdAt) })}</Text>
          <Text size="sm">{t('backups.restoreExplain')}</Text>
        </Stack>
      )}
    </ConfirmModal>
  );
}
