import { Code, Text } from '@mantine/core';
import { IconListSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { DataTable } from '../../../components/DataTable';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { useFormat } from '../../../hooks/useFormat';
import { entityLabel } from './entities';

type AuditRow = Output<'audit.list'>['rows'][number];

/** One page of the log; when empty, says whether the filter or the log itself is the reason. */
export function AuditTable({ rows, filtered }: { rows: AuditRow[]; filtered: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <DataTable
      label={t('audit.tableLabel')}
      minWidth={960}
      rows={rows}
      rowKey={(r) => r.id}
      empty={
        <EmptyMessage
          icon={<IconListSearch aria-hidden />}
          title={filtered ? t('audit.noMatches') : t('audit.empty')}
          description={filtered ? t('audit.noMatchesHelp') : undefined}
        />
      }
      columns={[
        {
          key: 'at',
          header: t('audit.when'),
          render: (r) => (
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {f.wallClock(r.at)}
            </Text>
          ),
        },
        { key: 'who', header: t('audit.who'), render: (r) => r.userName },
        { key: 'method', header: t('audit.method'), render: (r) => <Code>{r.method}</Code> },
        { key: 'entity', header: t('audit.entity'), render: (r) => entityLabel(t, r.entity) },
        { key: 'id', header: t('audit.id'), render: (r) => r.entityId ?? '—' },
        {
          key: 'summary',
          header: t('audit.summary'),
          render: (r) => (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {r.summary}
            </Text>
          ),
        },
      ]}
    />
  );
}
