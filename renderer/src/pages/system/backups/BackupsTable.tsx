import { Badge, Button, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { DataTable } from '../../../components/DataTable';
import { useFormat } from '../../../hooks/useFormat';

type Backup = Output<'backups.list'>[number];

const KIND_COLORS: Record<Backup['kind'], string> = {
  auto: 'gray',
  handmatig: 'blue',
  'voor-terugzetten': 'orange',
  'voor-update': 'grape',
  anders: 'gray',
};

export function BackupsTable({ backups, onRestore }: { backups: Backup[]; onRestore: (b: Backup) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <DataTable
      label={t('backups.tableLabel')}
      minWidth={760}
      rows={backups}
      rowKey={(b) => b.name}
      columns={[
        {
          key: 'date',
          header: t('backups.date'),
          render: (b) => (
            <Text fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
              {f.instant(b.createdAt)}
            </Text>
          ),
        },
        {
          key: 'kind',
          header: t('backups.kind'),
          render: (b) => (
            <Badge variant="light" color={KIND_COLORS[b.kind]}>
              {t(`backups.kinds.${b.kind}`)}
            </Badge>
          ),
        },
        {
          key: 'name',
          header: t('backups.name'),
          render: (b) => (
            <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {b.name}
            </Text>
          ),
        },
        { key: 'size', header: t('backups.size'), numeric: true, render: (b) => f.fileSize(b.size) },
        {
          key: 'actions',
          header: t('common.actions'),
          screenOnly: true,
          render: (b) => (
            <Button
              variant="light"
              size="xs"
              leftSection={<IconRestore size={16} aria-hidden />}
              aria-label={t('backups.restoreOne', { name: b.name })}
              onClick={() => onRestore(b)}
            >
              {t('backups.restore')}
            </Button>
          ),
        },
      ]}
    />
  );
}
