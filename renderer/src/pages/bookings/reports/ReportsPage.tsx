import { useState } from 'react';
import { Stack } from '@mantine/core';
import { IconChartBar, IconCoinEuro } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { todayIso } from '../../../format';
import { useMe } from '../../../session/SessionContext';
import { monthOf } from '../../../periods';
import { OccupancyTable } from './OccupancyTable';
import { OccupancyCsvButton, RevenueCsvButton } from './ReportCsvButtons';
import { ReportFilters, reportErrors } from './ReportFilters';
import { ReportSection } from './ReportSection';
import { RevenueTable } from './RevenueTable';
import type { ReportQuery } from './reportTypes';

export function ReportsPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  const mayRevenue = user.role === 'beheerder';
  const [query, setQuery] = useState<ReportQuery>(() => ({ ...monthOf(todayIso(), 0), granularity: 'week' }));
  const valid = Object.keys(reportErrors(query)).length === 0;
  const occupancy = useApi('reports.occupancy', query, { enabled: valid });
  const revenue = useApi('reports.revenue', query, { enabled: valid && mayRevenue });

  return (
    <>
      <PageHeader
        title={t('reports.title')}
        description={mayRevenue ? t('reports.intro') : t('reports.introOccupancyOnly')}
      />
      <Stack gap="lg">
        <ReportFilters value={query} onChange={setQuery} />
        <ReportSection
          id="occupancy-title"
          title={t('reports.occupancyTitle')}
          description={t('reports.occupancyHelp')}
          action={<OccupancyCsvButton report={occupancy.data} query={query} />}
        >
          {valid && (
            <QueryState query={occupancy}>
              {(o) =>
                o.rows.length ? (
                  <OccupancyTable report={o} granularity={query.granularity} />
                ) : (
                  <EmptyMessage icon={<IconChartBar aria-hidden />} title={t('reports.noRooms')} />
                )
              }
            </QueryState>
          )}
        </ReportSection>
        {mayRevenue && (
          <ReportSection
            id="revenue-title"
            title={t('reports.revenueTitle')}
            description={t('reports.revenueHelp')}
            action={<RevenueCsvButton rows={revenue.data} query={query} />}
          >
            {valid && (
              <QueryState query={revenue}>
                {(r) =>
                  r.length ? (
                    <RevenueTable rows={r} />
                  ) : (
                    <EmptyMessage icon={<IconCoinEuro aria-hidden />} title={t('reports.noRevenue')} />
                  )
                }
              </QueryState>
            )}
          </ReportSection>
        )}
      </Stack>
    </>
  );
}
