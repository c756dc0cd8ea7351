import { ActionIcon, Tooltip } from '@mantine/core';
import { IconFolder, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { EmptyMessage } from '../../components/EmptyMessage';
import { useFormat } from '../../hooks/useFormat';
import { PathLine } from './PathLine';

export type ListedExport = Output<'transfer.exports'>[number];

/** The export folders made before, newest first as the core lists them, each to copy the path of or delete. */
export function ExportsTable({ exports, onDelete }: { exports: ListedExport[]; onDelete: (e: ListedExport) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <DataTable
      label={t('transfer.export.listTitle')}
      rows={exports}
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
                onClick={() => onDelete(e)}
                aria-label={t('transfer.export.deleteNamed', { name: e.name })}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
          ),
        },
      ]}
    />
  );
}
