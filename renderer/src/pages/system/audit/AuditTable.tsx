import { Badge, Stack, Text } from '@mantine/core';
import { IconListSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { DataTable } from '../../../components/DataTable';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { useFormat } from '../../../hooks/useFormat';
import { AuditSummary } from './AuditEntries';
import { entityLabel, methodLabel } from './entities';

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
            <Stack gap={0}>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {f.wallClock(r.at)}
              </Text>
              {r.count > 1 && (
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {t('audit.foldedWhen', { from: r.firstAt.slice(11, 16), to: r.at.slice(11, 16) })}
                </Text>
              )}
            </Stack>
          ),
        },
        { key: 'who', header: t('audit.who'), render: (r) => r.userName },
        {
          key: 'method',
          header: t('audit.method'),
          render: (r) => (
            // The code stays at hand for whoever reads the API docs, as a tooltip, not as the text.
            <Stack gap={2} align="flex-start" title={r.method}>
              <Text size="sm">{methodLabel(t, r.method)}</Text>
              {r.count > 1 && (
                <Badge variant="light" color="gray" size="sm" style={{ textTransform: 'none' }}>
                  {t('audit.folded', { count: r.count })}
                </Badge>
              )}
            </Stack>
          ),
        },
        { key: 'entity', header: t('audit.entity'), render: (r) => entityLabel(t, r.entity) },
        { key: 'id', header: t('audit.id'), render: (r) => r.entityId ?? '—' },
        {
          key: 'summary',
          header: t('audit.summary'),
          render: (r) => <AuditSummary summary={r.summary} entries={r.entries} />,
        },
      ]}
    />
  );
}
