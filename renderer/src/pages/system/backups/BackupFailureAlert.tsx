import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { useFormat } from '../../../hooks/useFormat';

type Failure = NonNullable<Output<'system.info'>['backupFailure']>;

/** A backup that failed (disk full, folder gone) stays on this page until a backup succeeds again. */
export function BackupFailureAlert({ failure }: { failure: Failure | null | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!failure) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('backups.failedTitle')}
      role="alert"
    >
      {t('backups.failedText', {
        date: f.instant(failure.at),
        kind: t(`backups.kinds.${failure.kind}`),
        message: failure.message,
      })}
    </Alert>
  );
}
