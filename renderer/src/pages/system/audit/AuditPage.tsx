import { useState } from 'react';
import { Card, Code, Group, Pagination, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconListSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { AuditFilters, NO_FILTER, type AuditFilter } from './AuditFilters';
import { entityLabel } from './entities';

const PAGE_SIZE = 50;

export function AuditPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const [page, setPage] = useState(1);
  // Typing in the search box should not fire a query per key.
  const [text] = useDebouncedValue(filter.text.trim(), 300);
  const validRange = !(filter.from && filter.to && filter.to < filter.from);
  const log = useApi(
    'audit.list',
    {
      from: filter.from || undefined,
      to: filter.to || undefined,
      userId: filter.userId ? Number(filter.userId) : undefined,
      entity: filter.entity ?? undefined,
      text: text || undefined,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    },
    { enabled: validRange },
  );
  const changeFilter = (next: AuditFilter) => {
    setFilter(next);
    setPage(1);
  };
  const filtered = filter.from || filter.to || filter.userId || filter.entity || filter.text;

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.intro')} />
      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <AuditFilters value={filter} onChange={changeFilter} entities={log.data?.entities ?? []} />
          <QueryState query={log}>
            {({ rows, total }) => (
              <>
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
                {total > 0 && (
                  <Group justify="space-between">
                    <Text size="sm" c="dimmed" aria-live="polite">
                      {t('audit.range', {
                        from: (page - 1) * PAGE_SIZE + 1,
                        to: Math.min(page * PAGE_SIZE, total),
                        total,
                      })}
                    </Text>
                    {total > PAGE_SIZE && (
                      <Pagination
                        total={Math.ceil(total / PAGE_SIZE)}
                        value={page}
                        onChange={setPage}
                        getControlProps={(control) => ({ 'aria-label': t(`audit.page.${control}`) })}
                        getItemProps={(n) => ({ 'aria-label': t('audit.page.number', { n }) })}
                      />
                    )}
                  </Group>
                )}
              </>
            )}
          </QueryState>
        </Stack>
      </Card>
    </>
  );
}
