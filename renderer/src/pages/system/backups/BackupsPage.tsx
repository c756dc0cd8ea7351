import { useState } from 'react';
import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { IconArchive, IconDatabasePlus, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type Output } from '../../../api/client';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useAction } from '../../../hooks/useAction';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { useSession } from '../../../session/SessionContext';
import { SystemInfoCard } from './SystemInfoCard';
import { BackupsTable } from './BackupsTable';
import { UploadRestoreModal } from './UploadRestoreModal';
import { BackupFailureAlert } from './BackupFailureAlert';
import { notifySuccess } from '../../../notify';

type Backup = Output<'backups.list'>[number];
type Restored = Output<'backups.restore'>;

export function BackupsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { reloadAll } = useSession();
  const backups = useApi('backups.list', {});
  const info = useApi('system.info', {});
  const { busy, run } = useAction();
  const [restoring, setRestoring] = useState<Backup | null>(null);
  const [uploading, setUploading] = useState(false);

  const restored = (r: Restored) => {
    notifySuccess(t('backups.safetyCopy', { name: r.safetyCopy }), {
      title: t('backups.restored', { name: r.buildingName }),
      autoClose: 10_000,
    });
    // Everything on screen came from the old database; the signed-in account may not even exist in the restored one.
    void reloadAll();
  };

  const create = () =>
    run(
      'create',
      async () => {
        try {
          return await call('backups.create');
        } finally {
          // A failure is shown on the page until a backup succeeds; a success clears it.
          backups.reload();
          info.reload();
        }
      },
      t('backups.created'),
    );

  return (
    <>
      <PageHeader
        title={t('backups.title')}
        description={t('backups.intro')}
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
              loading={busy === 'create'}
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

      <ConfirmModal
        opened={restoring !== null}
        onClose={() => setRestoring(null)}
        title={t('backups.restoreTitle')}
        confirmLabel={t('backups.restoreConfirm')}
        danger
        onConfirm={async () => {
          if (!restoring) return;
          restored(await call('backups.restore', { source: 'backup', name: restoring.name }));
        }}
      >
        {restoring && (
          <Stack gap="xs">
            <Text>{t('backups.restoreQuestion', { date: f.instant(restoring.createdAt) })}</Text>
            <Text size="sm">{t('backups.restoreExplain')}</Text>
          </Stack>
        )}
      </ConfirmModal>
      {uploading && <UploadRestoreModal onClose={() => setUploading(false)} onRestored={restored} />}
    </>
  );
}
