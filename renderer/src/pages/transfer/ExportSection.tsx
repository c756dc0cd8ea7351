import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconArchive, IconDatabaseExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { ConfirmModal } from '../../components/ConfirmModal';
import { QueryState } from '../../components/QueryState';
import { SectionCard } from '../../components/SectionCard';
import { useAction } from '../../hooks/useAction';
import { useApi } from '../../hooks/useApi';
import { ExportMadeAlert, type MadeExport } from './ExportMadeAlert';
import { ExportsTable, type ListedExport } from './ExportsTable';

/** The full export to a folder of CSV files, and the way to the full backup next to it. */
export function ExportSection() {
  const { t } = useTranslation();
  const exports = useApi('transfer.exports', {});
  const { busy, run, alert } = useAction();
  const [made, setMade] = useState<MadeExport | null>(null);
  const [deleting, setDeleting] = useState<ListedExport | null>(null);

  const exportAll = () =>
    run(
      'export',
      async () => {
        const result = await call('transfer.exportAll');
        setMade(result);
        exports.reload();
      },
      t('transfer.export.made'),
    );

  const backup = () => run('backup', () => call('backups.create'), t('transfer.export.backupMade'));

  return (
    <SectionCard
      title={t('transfer.export.title')}
      icon={<IconDatabaseExport aria-hidden />}
      links={[{ to: '/back-ups', label: t('transfer.export.toBackups') }]}
    >
      <Stack gap="md">
        <Text size="sm">{t('transfer.export.intro')}</Text>
        <Text size="sm" c="dimmed">
          {t('transfer.export.secrets')}
        </Text>
        <Group gap="sm">
          <Button
            leftSection={<IconDatabaseExport size={18} aria-hidden />}
            loading={busy === 'export'}
            onClick={() => void exportAll()}
          >
            {t('transfer.export.make')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconArchive size={18} aria-hidden />}
            loading={busy === 'backup'}
            onClick={() => void backup()}
          >
            {t('transfer.export.backup')}
          </Button>
        </Group>
        {alert}
        <Text size="sm" c="dimmed">
          {t('transfer.export.backupHelp')}
        </Text>
        {made && <ExportMadeAlert made={made} />}
        <QueryState query={exports}>{(list) => <ExportsTable exports={list} onDelete={setDeleting} />}</QueryState>
      </Stack>
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('transfer.export.deleteTitle')}
        confirmLabel={t('transfer.export.delete')}
        danger
        onConfirm={async () => {
          if (!deleting) return;
          await call('transfer.deleteExport', { name: deleting.name });
          if (made?.name === deleting.name) setMade(null);
          exports.reload();
        }}
      >
        {deleting && <Text>{t('transfer.export.deleteQuestion', { path: deleting.path })}</Text>}
      </ConfirmModal>
    </SectionCard>
  );
}
