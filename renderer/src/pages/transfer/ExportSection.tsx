import { useState } from 'react';
import { ActionIcon, Alert, Button, Code, CopyButton, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconArchive, IconCheck, IconCopy, IconDatabaseExport, IconFolder, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type Output } from '../../api/client';
import { ConfirmModal } from '../../components/ConfirmModal';
import { DataTable } from '../../components/DataTable';
import { EmptyMessage } from '../../components/EmptyMessage';
import { QueryState } from '../../components/QueryState';
import { SectionCard } from '../../components/SectionCard';
import { useAction } from '../../hooks/useAction';
import { useApi } from '../../hooks/useApi';
import { useFormat } from '../../hooks/useFormat';

type Made = Output<'transfer.exportAll'>;
type Listed = Output<'transfer.exports'>[number];

/** A path on screen with a button to copy it: the export lands in a folder the user then opens. */
function PathLine({ path }: { path: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap" align="center">
      <Code style={{ wordBreak: 'break-all' }}>{path}</Code>
      <CopyButton value={path}>
        {({ copied, copy }) => (
          <Button
            size="xs"
            variant="subtle"
            onClick={copy}
            leftSection={copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
            aria-label={t('transfer.export.copyPath')}
          >
            {copied ? t('transfer.export.copied') : t('transfer.export.copy')}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}

/** The full export to a folder of CSV files, and the way to the full backup next to it. */
export function ExportSection() {
  const { t } = useTranslation();
  const f = useFormat();
  const exports = useApi('transfer.exports', {});
  const { busy, run } = useAction();
  const [made, setMade] = useState<Made | null>(null);
  const [deleting, setDeleting] = useState<Listed | null>(null);

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
        <Text size="sm" c="dimmed">
          {t('transfer.export.backupHelp')}
        </Text>
        {made && (
          <Alert
            color="green"
            variant="light"
            icon={<IconFolder aria-hidden />}
            title={t('transfer.export.madeTitle', { tables: made.tables, rows: made.rows })}
            role="status"
          >
            <Text size="sm" mb={4}>
              {t('transfer.export.where')}
            </Text>
            <PathLine path={made.path} />
          </Alert>
        )}
        <QueryState query={exports}>
          {(list) => (
            <DataTable
              label={t('transfer.export.listTitle')}
              rows={list}
              rowKey={(e) => e.name}
              empty={
                <EmptyMessage
                  icon={<IconFolder aria-hidden />}
                  title={t('transfer.export.emptyTitle')}
                  description={t('transfer.export.emptyHelp')}
                />
              }
              columns={[
                { key: 'at', header: t('transfer.export.createdAt'), render: (e) => f.wallClock(e.createdAt) },
                { key: 'path', header: t('transfer.export.folder'), render: (e) => <PathLine path={e.path} /> },
                { key: 'tables', header: t('transfer.export.tables'), numeric: true, render: (e) => e.tables },
                { key: 'rows', header: t('transfer.export.rows'), numeric: true, render: (e) => e.rows },
                {
                  key: 'delete',
                  header: t('common.actions'),
                  screenOnly: true,
                  render: (e) => (
                    <Tooltip label={t('transfer.export.delete')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        onClick={() => setDeleting(e)}
                        aria-label={t('transfer.export.deleteNamed', { name: e.name })}
                      >
                        <IconTrash size={18} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  ),
                },
              ]}
            />
          )}
        </QueryState>
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
