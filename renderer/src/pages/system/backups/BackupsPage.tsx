import { useState } from 'react';
import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { IconArchive, IconDatabasePlus, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { SystemInfoCard } from './SystemInfoCard';
import { BackupsTable } from './BackupsTable';
import { UploadRestoreModal } from './UploadRestoreModal';
import { BackupFailureAlert } from './BackupFailureAlert';
import { RestoreBackupModal } from './RestoreBackupModal';
import { useBackups } from './useBackups';

type Backup = Output<'backups.list'>[number];

export function BackupsPage() {
  const { t } = useTranslation();
  const { backups, info, creating, create, restored, alert } = useBackups();
  const [restoring, setRestoring] = useState<Backup | null>(null);
  const [uploading, setUploading] = useState(false);

  return (
    <>
      <PageHeader
        title={t('backups.title')}
        description={t('backups.intro')}
        alert={alert}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconUpload size={18} aria-hidden />}
              onClick={() => setUploading(true)}
            >
              {t('backups.upload')}
            </Button>
            <Button
              leftSection={<IconDatabasePlus size={18} aria-hidden />}
              loading={creating}
              onClick={() => void create()}
            >
              {t('backups.create')}
            </Button>
          </>
        }
      />
      <Stack gap="lg">
        <BackupFailureAlert failure={info.data?.backupFailure} />
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="backups-list-title">
          <Title order={2} size="h3" id="backups-list-title" mb={4}>
            {t('backups.listTitle')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('backups.listIntro')}
          </Text>
          <QueryState query={backups}>
            {(list) =>
              list.length ? (
                <BackupsTable backups={list} onRestore={setRestoring} />
              ) : (
                <EmptyMessage
                  icon={<IconArchive aria-hidden />}
                  title={t('backups.emptyTitle')}
                  description={t('backups.emptyHelp')}
                />
              )
            }
          </QueryState>
        </Card>
        <SystemInfoCard info={info} />
      </Stack>

      <RestoreBackupModal backup={restoring} onClose={() => setRestoring(null)} onRestored={restored} />
      {uploading && <UploadRestoreModal onClose={() => setUploading(false)} onRestored={restored} />}
    </>
  );
}
