import { useCallback } from 'react';
import { Alert, Code, Text } from '@mantine/core';
import { IconAlertTriangle, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AuthFrame } from '../../../components/AuthFrame';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { LoadError, Loading } from '../../../components/QueryState';
import type { CoreStatus } from './CoreState';
import { RestoreForm } from './RestoreForm';
import { useRecoveryBackups } from './useRecoveryBackups';
import { useRestoreForm } from './useRestoreForm';

/**
 * Shown instead of the app when the database failed its check at start: what is wrong, the backups
 * (each verified by the core, the newest good one chosen), and restoring one. A beheerder's name and
 * password *from that backup* are asked, since anyone may be sitting at the desk.
 */
export function RecoveryPage({ status, onRestored }: { status: CoreStatus; onRestored: () => void }) {
  const { t } = useTranslation();
  const restore = useRestoreForm(onRestored);
  const { setFieldValue } = restore.form;
  const choose = useCallback((name: string) => setFieldValue('name', name), [setFieldValue]);
  const { backups, loadError, retry } = useRecoveryBackups(choose);

  const usable = backups?.some((b) => b.ok) ?? false;
  return (
    <AuthFrame title={t('recovery.title')} intro={t('recovery.intro')} width={760}>
      <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('recovery.whatWrong')}>
        <Text size="sm">{status.reason}</Text>
        {status.dataDir && (
          <Text size="sm" mt="xs">
            {t('recovery.dataDir')} <Code>{status.dataDir}</Code>
          </Text>
        )}
      </Alert>
      {loadError ? (
        <LoadError error={loadError} onRetry={retry} />
      ) : !backups ? (
        <Loading label={t('recovery.checking')} />
      ) : !usable ? (
        <EmptyMessage
          icon={<IconRestore aria-hidden />}
          title={t('recovery.noBackups')}
          description={t('recovery.noBackupsHelp')}
        />
      ) : (
        <RestoreForm backups={backups} restore={restore} />
      )}
    </AuthFrame>
  );
}
