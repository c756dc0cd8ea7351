import { Card, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { AuditCsvButton } from './AuditCsvButton';
import { AuditFilters } from './AuditFilters';
import { AuditPager } from './AuditPager';
import { AuditTable } from './AuditTable';
import { useAuditLog } from './useAuditLog';

export function AuditPage() {
  const { t } = useTranslation();
  const { filter, changeFilter, filtered, page, setPage, log, query } = useAuditLog();

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.intro')} />
      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <AuditFilters value={filter} onChange={changeFilter} entities={log.data?.entities ?? []} />
          <AuditCsvButton filter={query} />
          <QueryState query={log}>
            {({ rows, total }) => (
              <>
                <AuditTable rows={rows} filtered={filtered} />
                {total > 0 && <AuditPager page={page} total={total} onPage={setPage} />}
              </>
            )}
          </QueryState>
        </Stack>
      </Card>
    </>
  );
}
